import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { jsonResponse, mockFetch, problemResponse } from '../../../testing/api-mocks'
import type { CoverLetter } from '../types'
import { CoverLetterPanel } from './cover-letter-panel'

const path = '/api/v1/resumes/r1/cover-letters'

function letter(overrides: Partial<CoverLetter> = {}): CoverLetter {
  return {
    id: 'l1',
    resumeId: 'r1',
    company: 'Initech',
    role: null,
    jobDescription: 'Needs Python',
    version: 1,
    currentVersion: 1,
    text: 'Dear [Hiring manager],\n\nI am writing to apply.',
    source: 'offline',
    createdAt: '2026-12-07T10:00:00Z',
    updatedAt: '2026-12-07T10:00:00Z',
    notice: 'AI is off on this server, so this is the offline draft built from the keyword match.',
    ...overrides,
  }
}

function bodyOf(call: unknown[] | undefined): unknown {
  const init = call?.[1] as RequestInit | undefined
  return JSON.parse(init?.body as string) as unknown
}

function renderPanel(analysisPosting = '') {
  const user = userEvent.setup()
  render(
    <CoverLetterPanel resumeId="r1" analysisJobDescription={() => analysisPosting} template="modern" paper="a4" autosaveMs={10} pollMs={10} />,
  )
  return user
}

describe('Cover letter panel', () => {
  it('drafts from the pasted posting, autosaves edits as a version and links the exports', async () => {
    const fetchMock = mockFetch({
      [`GET ${path}`]: () => jsonResponse({ items: [] }),
      [`POST ${path}`]: () => jsonResponse(letter(), 201),
      [`GET ${path}/l1/versions`]: () => jsonResponse({ current: 1, items: [{ number: 1, source: 'offline', createdAt: '2026-12-07T10:00:00Z', length: 40 }] }),
      [`PUT ${path}/l1`]: ({ init }) =>
        jsonResponse(letter({ version: 2, currentVersion: 2, source: 'edit', text: (JSON.parse(init?.body as string) as { text: string }).text })),
    })
    const user = renderPanel()

    await user.type(screen.getByLabelText('Job posting'), 'Needs Python')
    await user.type(screen.getByLabelText('Company (optional)'), 'Initech')
    await user.click(screen.getByRole('button', { name: 'Draft letter' }))

    const editor = await screen.findByLabelText('Letter')
    expect(editor).toHaveValue('Dear [Hiring manager],\n\nI am writing to apply.')
    expect(editor).toHaveFocus()
    expect(screen.getByRole('status')).toHaveTextContent('offline draft')
    const posts = fetchMock.mock.calls.filter((c) => (c[1])?.method === 'POST')
    expect(bodyOf(posts[0])).toEqual({ jobDescription: 'Needs Python', company: 'Initech' })
    expect(screen.getByRole('link', { name: 'Export PDF' })).toHaveAttribute('href', `${path}/l1/export?format=pdf&template=modern&paper=a4`)
    expect(screen.getByRole('link', { name: 'Export DOCX' })).toHaveAttribute('href', `${path}/l1/export?format=docx&template=modern&paper=a4`)

    await user.type(editor, ' Thanks.')
    await waitFor(() => {
      expect(screen.getByRole('status')).toHaveTextContent('Saved as version 2.')
    })
    const puts = fetchMock.mock.calls.filter((c) => (c[1])?.method === 'PUT')
    expect(bodyOf(puts.at(-1))).toEqual({ text: 'Dear [Hiring manager],\n\nI am writing to apply. Thanks.', baseVersion: 1 })
  })

  it('reuses the posting from the Analysis panel and asks for one when there is none', async () => {
    const fetchMock = mockFetch({
      [`GET ${path}`]: () => jsonResponse({ items: [] }),
      [`POST ${path}`]: () => jsonResponse(letter(), 201),
      [`GET ${path}/l1/versions`]: () => jsonResponse({ current: 1, items: [] }),
    })
    const user = renderPanel()
    await user.click(screen.getByRole('button', { name: 'Draft letter' }))
    expect(screen.getByRole('alert')).toHaveTextContent('Paste the job posting first')
    expect(fetchMock.mock.calls.filter((c) => c[1]?.method === 'POST')).toEqual([])
  })

  it('shows the AI letter when its job finishes', async () => {
    let polls = 0
    mockFetch({
      [`GET ${path}`]: () => jsonResponse({ items: [] }),
      [`POST ${path}`]: () => jsonResponse(letter({ aiDraft: { jobId: 'j1', status: 'queued' }, notice: 'This is the offline draft. The AI is drafting a letter.' }), 201),
      [`GET ${path}/l1/versions`]: () => jsonResponse({ current: 1, items: [] }),
      [`GET ${path}/l1`]: () => {
        polls++
        return jsonResponse(
          polls < 2
            ? letter({ aiDraft: { jobId: 'j1', status: 'running' } })
            : letter({ version: 2, currentVersion: 2, source: 'ai', text: 'Dear [Hiring manager],\n\nThe AI letter.', aiDraft: { jobId: 'j1', status: 'completed' } }),
        )
      },
    })
    const user = renderPanel('Needs Python')
    await user.click(screen.getByRole('button', { name: 'Draft letter' }))
    expect(await screen.findByText('The AI is drafting a letter from your resume’s facts…')).toBeInTheDocument()
    await waitFor(() => {
      expect(screen.getByLabelText('Letter')).toHaveValue('Dear [Hiring manager],\n\nThe AI letter.')
    })
    expect(screen.getByRole('status')).toHaveTextContent('The AI letter arrived as version 2.')
  })

  it('says why a draft was refused', async () => {
    mockFetch({
      [`GET ${path}`]: () => jsonResponse({ items: [] }),
      [`POST ${path}`]: () =>
        problemResponse(400, { type: 'urn:resume-refiner:problem:invalid-request', title: 'The request is not valid', detail: 'The job description is longer than 50,000 characters.' }),
    })
    const user = renderPanel('x')
    await user.click(screen.getByRole('button', { name: 'Draft letter' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('longer than 50,000 characters')
  })

  it('lists letters drafted before, opens one and deletes it after asking', async () => {
    let deleted = false
    const fetchMock = mockFetch({
      [`GET ${path}`]: () =>
        jsonResponse({
          items: deleted
            ? []
            : [{ id: 'l1', company: 'Initech', role: 'Analyst', currentVersion: 3, createdAt: '2026-12-06T09:00:00Z', updatedAt: '2026-12-06T09:30:00Z' }],
        }),
      [`GET ${path}/l1`]: () => jsonResponse(letter({ version: 3, currentVersion: 3, source: 'edit', text: 'Dear Ms Lumbergh,\n\nMy third version.' })),
      [`GET ${path}/l1/versions`]: () => jsonResponse({ current: 3, items: [] }),
      [`DELETE ${path}/l1`]: () => {
        deleted = true
        return new Response(null, { status: 204 })
      },
    })
    const user = renderPanel()

    const saved = await screen.findByRole('navigation', { name: 'Your cover letters' })
    await user.click(within(saved).getByRole('button', { name: /^Analyst at Initech, drafted/ }))
    expect(await screen.findByLabelText('Letter')).toHaveValue('Dear Ms Lumbergh,\n\nMy third version.')
    expect(within(saved).getByRole('button', { name: /^Analyst at Initech/ })).toHaveAttribute('aria-current', 'true')

    await user.click(screen.getByRole('button', { name: 'Delete…' }))
    expect(fetchMock.mock.calls.some((c) => c[1]?.method === 'DELETE')).toBe(false)
    await user.click(within(screen.getByRole('group', { name: 'Delete this letter?' })).getByRole('button', { name: 'Keep it' }))
    expect(screen.getByLabelText('Letter')).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Delete…' }))
    await user.click(screen.getByRole('button', { name: 'Delete letter' }))
    await waitFor(() => {
      expect(screen.queryByLabelText('Letter')).not.toBeInTheDocument()
    })
    expect(screen.queryByRole('navigation', { name: 'Your cover letters' })).not.toBeInTheDocument()
    expect(fetchMock.mock.calls.filter((c) => c[1]?.method === 'DELETE')).toHaveLength(1)
  })
})
