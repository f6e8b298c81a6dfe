import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { jsonResponse, mockFetch, problemResponse } from '../../../testing/api-mocks'
import { renderApp } from '../../../testing/render-app'
import type { ResumeSummary } from '../../../types/api'

const items: ResumeSummary[] = [
  {
    id: 'a1',
    fileName: 'ada.pdf',
    name: 'Ada Lovelace',
    createdAt: '2026-11-20T10:15:00Z',
    updatedAt: '2026-11-20T10:15:00Z',
    version: 1,
  },
  {
    id: 'b2',
    fileName: 'notes.txt',
    name: null,
    createdAt: '2026-11-21T08:00:00Z',
    updatedAt: '2026-11-21T08:00:00Z',
    version: 1,
  },
]

describe('My resumes', () => {
  it('shows an empty state with a way to upload', async () => {
    mockFetch({ 'GET /api/v1/resumes': () => jsonResponse({ items: [] }) })
    renderApp('/resumes')

    expect(await screen.findByRole('heading', { name: 'No resumes yet' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Upload your resume' })).toHaveAttribute('href', '/')
    expect(document.title).toBe('My resumes · Resume Refiner')
  })

  it('lists resumes by parsed name, file name and upload date', async () => {
    mockFetch({ 'GET /api/v1/resumes': () => jsonResponse({ items }) })
    renderApp('/resumes')

    const list = await screen.findByRole('list', { name: 'Your resumes' })
    const rows = within(list).getAllByRole('listitem')
    expect(rows).toHaveLength(2)
    const [first, second] = rows as [HTMLElement, HTMLElement]
    expect(within(first).getByRole('link', { name: 'Ada Lovelace' })).toHaveAttribute('href', '/resumes/a1')
    expect(first).toHaveTextContent('ada.pdf · Uploaded Nov 20, 2026')
    // Without a parsed name the file name is the title.
    expect(within(second).getByRole('link', { name: 'notes.txt' })).toHaveAttribute('href', '/resumes/b2')
  })

  it('deletes a resume only after the user confirms', async () => {
    const fetchMock = mockFetch({
      'GET /api/v1/resumes': () => jsonResponse({ items }),
      'DELETE /api/v1/resumes/a1': () => new Response(null, { status: 204 }),
    })
    const { user } = renderApp('/resumes')
    await screen.findByRole('link', { name: 'Ada Lovelace' })

    await user.click(screen.getByRole('button', { name: 'Delete ada.pdf' }))
    const confirm = screen.getByRole('group', { name: 'Delete “ada.pdf” for good?' })
    expect(within(confirm).getByRole('button', { name: 'Cancel' })).toHaveFocus()

    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }))
    expect(screen.getByRole('button', { name: 'Delete ada.pdf' })).toHaveFocus()
    expect(fetchMock).not.toHaveBeenCalledWith(expect.anything(), expect.objectContaining({ method: 'DELETE' }))

    await user.click(screen.getByRole('button', { name: 'Delete ada.pdf' }))
    await user.click(screen.getByRole('button', { name: 'Yes, delete' }))

    expect(await screen.findByText('Deleted “ada.pdf”.')).toBeInTheDocument()
    expect(screen.queryByRole('link', { name: 'Ada Lovelace' })).not.toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'notes.txt' })).toBeInTheDocument()
    expect(fetchMock).toHaveBeenCalledWith('/api/v1/resumes/a1', expect.objectContaining({ method: 'DELETE', credentials: 'same-origin' }))
  })

  it('keeps the resume and explains when deleting fails', async () => {
    mockFetch({
      'GET /api/v1/resumes': () => jsonResponse({ items }),
      'DELETE /api/v1/resumes/a1': () => problemResponse(500, { title: 'An unexpected error occurred' }),
    })
    const { user } = renderApp('/resumes')
    await screen.findByRole('link', { name: 'Ada Lovelace' })

    await user.click(screen.getByRole('button', { name: 'Delete ada.pdf' }))
    await user.click(screen.getByRole('button', { name: 'Yes, delete' }))

    expect(await screen.findByRole('alert')).toHaveTextContent('An unexpected error occurred.')
    expect(screen.getByRole('link', { name: 'Ada Lovelace' })).toBeInTheDocument()
  })

  it('shows an error with a retry when the list cannot be loaded', async () => {
    let calls = 0
    mockFetch({
      'GET /api/v1/resumes': () => {
        calls += 1
        return calls === 1
          ? problemResponse(429, { title: 'Too Many Requests', detail: 'Slow down a little and try again in a minute.' })
          : jsonResponse({ items })
      },
    })
    const { user } = renderApp('/resumes')

    expect(await screen.findByRole('alert')).toHaveTextContent('Slow down a little and try again in a minute.')
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    expect(await screen.findByRole('link', { name: 'Ada Lovelace' })).toBeInTheDocument()
  })

  it('opens a resume from the list without a page load', async () => {
    mockFetch({
      'GET /api/v1/resumes': () => jsonResponse({ items }),
      'GET /api/v1/resumes/a1': () =>
        jsonResponse({
          id: 'a1',
          fileName: 'ada.pdf',
          createdAt: items[0]?.createdAt,
          updatedAt: items[0]?.updatedAt,
          version: 1,
          resume: { basics: { name: 'Ada Lovelace' } },
          confidence: [],
        }),
    })
    const { user } = renderApp('/resumes')

    await user.click(await screen.findByRole('link', { name: 'Open Ada Lovelace' }))

    expect(await screen.findByRole('heading', { level: 1, name: 'Ada Lovelace' })).toBeInTheDocument()
    expect(window.location.pathname).toBe('/resumes/a1')
    expect(screen.getByRole('main')).toHaveFocus()
  })

  it('deletes all data only after confirmation, then shows the empty state', async () => {
    const fetchMock = mockFetch({
      'GET /api/v1/resumes': () => jsonResponse({ items }),
      'DELETE /api/v1/workspace': () => new Response(null, { status: 204 }),
    })
    const { user } = renderApp('/resumes')
    await screen.findByRole('list', { name: 'Your resumes' })

    await user.click(screen.getByRole('button', { name: 'Delete all my data' }))
    const confirm = screen.getByRole('group', { name: /Delete all your resumes and data for good/ })
    expect(within(confirm).getByRole('button', { name: 'Cancel' })).toHaveFocus()
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }))
    expect(screen.getByRole('button', { name: 'Delete all my data' })).toHaveFocus()
    expect(fetchMock).toHaveBeenCalledTimes(1)

    await user.click(screen.getByRole('button', { name: 'Delete all my data' }))
    await user.click(screen.getByRole('button', { name: 'Yes, delete everything' }))
    expect(await screen.findByRole('heading', { name: 'No resumes yet' })).toBeInTheDocument()
    expect(screen.getByText('All your data was deleted.')).toBeInTheDocument()
    // Nothing is left to delete, so the box goes too.
    expect(screen.queryByRole('button', { name: 'Delete all my data' })).not.toBeInTheDocument()
    expect(fetchMock).toHaveBeenLastCalledWith('/api/v1/workspace', expect.objectContaining({ method: 'DELETE' }))
  })

  it('says why deleting all data failed', async () => {
    mockFetch({
      'GET /api/v1/resumes': () => jsonResponse({ items }),
      'DELETE /api/v1/workspace': () => problemResponse(429, { title: 'Too many requests', detail: 'Slow down a little' }),
    })
    const { user } = renderApp('/resumes')
    await screen.findByRole('list', { name: 'Your resumes' })
    await user.click(screen.getByRole('button', { name: 'Delete all my data' }))
    await user.click(screen.getByRole('button', { name: 'Yes, delete everything' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('Slow down a little.')
    expect(screen.getByRole('list', { name: 'Your resumes' })).toBeInTheDocument()
  })
})
