import { screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { jsonResponse, mockFetch, problemResponse } from '../../../testing/api-mocks'
import { renderApp } from '../../../testing/render-app'

const base = { maxFileSize: 10485760, acceptedExtensions: ['.pdf', '.docx', '.txt', '.md'] }

function section(name: string) {
  return screen.getByRole('region', { name })
}

describe('Privacy page', () => {
  afterEach(() => {
    vi.unstubAllEnvs()
  })

  it('quotes the server’s retention and says nothing leaves it when AI and error reporting are off', async () => {
    mockFetch({
      'GET /api/v1/config': () =>
        jsonResponse({ ...base, ai: { enabled: false, redactsContacts: false }, retentionDays: 7, errorReporting: false }),
    })
    renderApp('/privacy')

    expect(await screen.findByRole('heading', { level: 2, name: 'How long' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 1, name: 'Privacy' })).toBeInTheDocument()
    expect(document.title).toBe('Privacy · Resume Refiner')
    expect(section('How long')).toHaveTextContent('deleted 7 days after your last change')
    expect(within(section('How long')).getByRole('link', { name: 'My resumes' })).toHaveAttribute('href', '/resumes')
    expect(section('AI suggestions')).toHaveTextContent('AI suggestions are off on this server')
    expect(section('Logs and error reports')).toHaveTextContent('Server errors are not sent to any outside service.')
    expect(section('Logs and error reports')).toHaveTextContent('Errors in this page are not reported anywhere.')
    expect(section('Your workspace')).toHaveTextContent('__Host-rr_workspace')
  })

  it('names the AI provider and model, and says contact details are replaced before sending', async () => {
    mockFetch({
      'GET /api/v1/config': () =>
        jsonResponse({
          ...base,
          ai: { enabled: true, provider: 'anthropic', model: 'claude-sonnet-4-5', redactsContacts: true },
          retentionDays: 30,
          errorReporting: true,
        }),
    })
    renderApp('/privacy')

    const ai = await screen.findByRole('region', { name: 'AI suggestions' })
    expect(ai).toHaveTextContent('It goes to Anthropic (Claude) (model claude-sonnet-4-5)')
    expect(ai).toHaveTextContent('your name, e-mail, phone, address and links are replaced with placeholders')
    expect(section('How long')).toHaveTextContent('deleted 30 days after')
    expect(section('Logs and error reports')).toHaveTextContent('Server errors are reported to an error tracker')
  })

  it('warns when the server sends AI text without replacing contact details', async () => {
    mockFetch({
      'GET /api/v1/config': () =>
        jsonResponse({ ...base, ai: { enabled: true, provider: 'openai', redactsContacts: false }, retentionDays: 1 }),
    })
    renderApp('/privacy')

    const ai = await screen.findByRole('region', { name: 'AI suggestions' })
    expect(ai).toHaveTextContent('It goes to an OpenAI-compatible service, and only')
    expect(ai).toHaveTextContent('contact details that appear inside the chosen text are not replaced')
    expect(section('How long')).toHaveTextContent('deleted 1 day after')
  })

  it('says browser errors are reported when the build has a Sentry DSN', async () => {
    vi.stubEnv('VITE_SENTRY_DSN', 'https://public@o0.ingest.sentry.io/1')
    mockFetch({ 'GET /api/v1/config': () => jsonResponse({ ...base, retentionDays: 30 }) })
    renderApp('/privacy')

    expect(await screen.findByRole('region', { name: 'Logs and error reports' })).toHaveTextContent(
      'Errors in this page are reported the same way',
    )
  })

  it('makes no statement when the server’s settings cannot be loaded', async () => {
    mockFetch({ 'GET /api/v1/config': () => problemResponse(503, { title: 'Service unavailable' }) })
    renderApp('/privacy')

    expect(await screen.findByRole('alert')).toHaveTextContent('this page cannot say how your data is handled here')
    expect(screen.queryByRole('region', { name: 'AI suggestions' })).not.toBeInTheDocument()
  })

  it('is linked from the footer and from the upload page’s privacy note, which quotes the same retention', async () => {
    mockFetch({ 'GET /api/v1/config': () => jsonResponse({ ...base, retentionDays: 14 }) })
    const { user } = renderApp('/')

    const note = screen.getByRole('region', { name: 'Your privacy' })
    expect(await within(note).findByText(/deleted 14 days after your last change/)).toBeInTheDocument()
    expect(within(screen.getByRole('contentinfo')).getByRole('link', { name: 'Privacy' })).toHaveAttribute('href', '/privacy')

    await user.click(within(note).getByRole('link', { name: 'How we handle your data' }))

    expect(await screen.findByRole('heading', { level: 1, name: 'Privacy' })).toBeInTheDocument()
    expect(section('How long')).toHaveTextContent('deleted 14 days after')
  })
})
