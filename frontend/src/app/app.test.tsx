import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { jsonResponse, mockFetch, problemResponse } from '../testing/api-mocks'
import { renderApp } from '../testing/render-app'

const config = { maxFileSize: 10485760, acceptedExtensions: ['.pdf', '.docx', '.txt', '.md'] }

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

  it('fetches the server’s settings once, however many pages use them', async () => {
    const fetchMock = mockFetch({ 'GET /api/v1/config': () => jsonResponse({ ...config, retentionDays: 14 }) })
    const { user } = renderApp('/')
    await screen.findByText(/deleted 14 days after/)

    await user.click(within(screen.getByRole('contentinfo')).getByRole('link', { name: 'Privacy' }))
    expect(await screen.findByRole('region', { name: 'How long' })).toHaveTextContent('deleted 14 days after')
    window.history.back()
    await screen.findByRole('heading', { level: 1, name: 'Upload your resume' })

    expect(fetchMock).toHaveBeenCalledTimes(1)
  })

  it('asks for the server’s settings again on the next page after a failed fetch', async () => {
    let calls = 0
    mockFetch({
      'GET /api/v1/config': () => {
        calls += 1
        return calls === 1 ? problemResponse(503, { title: 'Service unavailable' }) : jsonResponse({ ...config, retentionDays: 14 })
      },
    })
    const { user } = renderApp('/')
    await waitFor(() => {
      expect(calls).toBe(1)
    })

    await user.click(within(screen.getByRole('contentinfo')).getByRole('link', { name: 'Privacy' }))

    expect(await screen.findByRole('region', { name: 'How long' })).toHaveTextContent('deleted 14 days after')
  })
})
