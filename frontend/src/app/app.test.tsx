import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { jsonResponse, mockFetch } from '../testing/api-mocks'
import { renderApp } from '../testing/render-app'

const config = { maxFileSize: 10485760, acceptedExtensions: ['.pdf', '.docx', '.txt', '.md'], aiEnabled: false }

describe('App shell', () => {
  it('has a main landmark and a header nav that marks the current page', async () => {
    mockFetch({
      'GET /api/v1/config': () => jsonResponse(config),
      'GET /api/v1/resumes': () => jsonResponse({ items: [] }),
    })
    const { user } = renderApp('/')
    await screen.findByText(/up to 10 MB/)

    expect(screen.getByRole('main')).toBeInTheDocument()
    const nav = screen.getByRole('navigation', { name: 'Main' })
    expect(within(nav).getByRole('link', { name: 'Upload' })).toHaveAttribute('aria-current', 'page')
    expect(within(nav).getByRole('link', { name: 'My resumes' })).not.toHaveAttribute('aria-current')

    await user.click(within(nav).getByRole('link', { name: 'My resumes' }))

    expect(await screen.findByRole('heading', { level: 1, name: 'My resumes' })).toBeInTheDocument()
    expect(within(nav).getByRole('link', { name: 'My resumes' })).toHaveAttribute('aria-current', 'page')
    expect(window.location.pathname).toBe('/resumes')
  })

  it('shows a not-found page for unknown addresses', () => {
    mockFetch({})
    renderApp('/nowhere')

    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument()
    expect(document.title).toBe('Page not found · Resume Refiner')
  })

  it('follows the browser’s back button', async () => {
    mockFetch({
      'GET /api/v1/config': () => jsonResponse(config),
      'GET /api/v1/resumes': () => jsonResponse({ items: [] }),
    })
    const { user } = renderApp('/')
    await user.click(screen.getByRole('link', { name: 'See my resumes' }))
    await screen.findByRole('heading', { level: 1, name: 'My resumes' })

    window.history.back()

    expect(await screen.findByRole('heading', { level: 1, name: 'Upload your resume' })).toBeInTheDocument()
  })
})
