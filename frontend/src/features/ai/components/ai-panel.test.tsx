import { screen, waitFor, within } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { jsonResponse, mockFetch, problemResponse, resumeDetail } from '../../../testing/api-mocks'
import { FakeEventSource } from '../../../testing/fake-event-source'
import { renderApp } from '../../../testing/render-app'
import type { ResumeDetail, VersionList } from '../../../types/api'
import type { JsonResume } from '../../../types/json-resume'
import type { AiJob, AiSuggestion } from '../types'

const resume: JsonResume = {
  basics: { name: 'Ada Lovelace', email: 'ada@example.com', summary: 'Mathematician.' },
  work: [
    {
      name: 'Babbage & Co',
      position: 'Programmer',
      startDate: '2020-01',
      highlights: ['Wrote notes on the Analytical Engine', 'Responsible for describing loops'],
    },
  ],
}

const versions: VersionList = { current: 1, items: [{ number: 1, createdAt: '2026-11-20T10:15:00Z', source: 'upload' }] }
const aiOn = { maxFileSize: 1000, acceptedExtensions: ['.pdf'], ai: { enabled: true, provider: 'anthropic', model: 'claude-sonnet-5-5' } }

const suggestion: AiSuggestion = {
  id: 's1',
  target: 'work[0].highlights[1]',
  original: 'Responsible for describing loops',
  proposal: 'Described loops for [X] programs',
  reason: 'Starts with a strong verb; fill in the number.',
  status: 'pending',
}

function job(overrides: Partial<AiJob> = {}): AiJob {
  return {
    id: 'j1',
    resumeId: 'r1',
    resumeVersion: 1,
    task: 'rewriteBullets',
    status: 'queued',
    stage: 'queued',
    progress: 0,
    createdAt: '2026-11-20T10:16:00Z',
    result: null,
    error: null,
    ...overrides,
  }
}

function completed(result: Partial<NonNullable<AiJob['result']>> = {}): AiJob {
  return job({
    status: 'completed',
    stage: 'done',
    progress: 100,
    result: { source: 'ai', notice: null, overview: null, suggestions: [suggestion], discarded: 0, ...result },
  })
}

type Handlers = Parameters<typeof mockFetch>[0]

function workspace(overrides: Handlers = {}, config: unknown = aiOn) {
  return mockFetch({
    'GET /api/v1/resumes/r1': () => jsonResponse(resumeDetail({ resume })),
    'GET /api/v1/resumes/r1/versions': () => jsonResponse(versions),
    'GET /api/v1/resumes/r1/analyses': () => jsonResponse({ items: [] }),
    'GET /api/v1/resumes/r1/fixes': () => jsonResponse({ items: [] }),
    'GET /api/v1/resumes/r1/ai/jobs': () => jsonResponse({ items: [] }),
    'POST /api/v1/resumes/r1/ai/jobs': () => jsonResponse(job(), 202),
    'GET /api/v1/config': () => jsonResponse(config),
    ...overrides,
  })
}

function callsTo(fetchMock: ReturnType<typeof mockFetch>, method: string, path: string) {
  return fetchMock.mock.calls.filter(([url, init]) => {
    const href = typeof url === 'string' ? url : url instanceof URL ? url.href : url.url
    return (init?.method ?? 'GET') === method && new URL(href, 'http://localhost').pathname === path
  })
}

function bodyOf(call: unknown[] | undefined): unknown {
  const init = call?.[1] as RequestInit | undefined
  return JSON.parse(typeof init?.body === 'string' ? init.body : 'null')
}

async function openPanel() {
  const view = renderApp('/resumes/r1')
  await screen.findByRole('heading', { level: 1, name: 'Ada Lovelace' }, { timeout: 5000 })
  const panel = screen.getByRole('region', { name: 'AI suggestions' })
  return { ...view, panel }
}

/** Chooses the second bullet and asks for a rewrite; resolves once the job's event stream is open. */
async function requestRewrite(user: Awaited<ReturnType<typeof openPanel>>['user'], panel: HTMLElement) {
  await user.click(await within(panel).findByRole('checkbox', { name: 'Responsible for describing loops' }))
  await user.click(within(panel).getByRole('button', { name: 'Get suggestions' }))
  await waitFor(() => {
    expect(FakeEventSource.instances).toHaveLength(1)
  })
  return FakeEventSource.latest()
}

beforeEach(() => {
  FakeEventSource.install()
})

describe('AI suggestions panel', () => {
  it('says plainly when AI is off, with nothing to press', async () => {
    const fetchMock = workspace({}, { maxFileSize: 1000, acceptedExtensions: ['.pdf'], ai: { enabled: false } })
    const { panel } = await openPanel()
    expect(await within(panel).findByText('AI suggestions are not enabled on this server; everything else works offline.')).toBeInTheDocument()
    expect(within(panel).queryByRole('button')).not.toBeInTheDocument()
    expect(callsTo(fetchMock, 'GET', '/api/v1/resumes/r1/ai/jobs')).toHaveLength(0)
  })

  it('says when the server sends contact details too, and links to the privacy page', async () => {
    workspace({}, { ...aiOn, ai: { ...aiOn.ai, redactsContacts: false } })
    const { panel } = await openPanel()

    const note = await within(panel).findByText(
      'Your resume text is sent to Anthropic (Claude, model claude-sonnet-5-5) as it is, with any contact details it contains.',
    )
    expect(within(note).getByRole('link', { name: 'What is sent' })).toHaveAttribute('href', '/privacy')
  })

  it('sends the chosen bullets, follows the job’s progress and streamed text, then shows each suggestion as a diff', async () => {
    const fetchMock = workspace()
    const { user, panel } = await openPanel()
    expect(
      await within(panel).findByText(
        'Your resume text, without your name and contact details, is sent to Anthropic (Claude, model claude-sonnet-5-5).',
      ),
    ).toBeInTheDocument()

    const events = await requestRewrite(user, panel)
    expect(bodyOf(callsTo(fetchMock, 'POST', '/api/v1/resumes/r1/ai/jobs')[0])).toEqual({
      task: 'rewriteBullets',
      targets: ['work[0].highlights[1]'],
    })
    expect(events.url).toBe('/api/v1/resumes/r1/ai/jobs/j1/events')
    expect(within(panel).getByRole('button', { name: 'Working…' })).toHaveAttribute('aria-disabled', 'true')
    expect(within(panel).getByRole('button', { name: 'Working…' })).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(callsTo(fetchMock, 'POST', '/api/v1/resumes/r1/ai/jobs')).toHaveLength(1)

    events.emit('status', job({ status: 'running', stage: 'calling-model', progress: 40 }))
    expect(within(panel).getByText('Claude is writing suggestions…')).toBeInTheDocument()
    expect(within(panel).getByRole('progressbar', { name: 'AI suggestions progress' })).toHaveAttribute('aria-valuenow', '40')
    events.emit('delta', { text: '{"suggestions":[' })
    events.emit('delta', { text: '{"target":' })
    expect(within(panel).getByRole('log', { name: 'The AI’s reply so far' })).toHaveTextContent('{"suggestions":[{"target":')

    events.emit('done', completed())
    expect(events.closed).toBe(true)
    const item = within(panel).getByRole('listitem')
    expect(within(item).getByRole('heading', { name: 'Bullet 2 of Programmer, Babbage & Co' })).toBeInTheDocument()
    const diff = item.querySelector('.ai-diff')
    expect(diff).toHaveTextContent('[removed: Responsible for describing] [added: Described] loops [added: for [X] programs]')
    expect(diff?.querySelector('del')).toHaveTextContent('Responsible for describing')
    expect(diff?.querySelector('ins')).toHaveTextContent('Described')
    expect(item).toHaveTextContent('Why: Starts with a strong verb; fill in the number.')
    expect(within(panel).getByRole('button', { name: 'Get suggestions' })).toHaveAttribute('aria-disabled', 'false')
  })

  it('accepting applies the server’s new version to the editor, and Undo reverts it', async () => {
    const accepted: ResumeDetail = resumeDetail({
      version: 2,
      resume: { ...resume, work: [{ ...resume.work?.[0], highlights: ['Wrote notes on the Analytical Engine', 'Described loops for [X] programs'] }] },
    })
    const fetchMock = workspace({
      'POST /api/v1/resumes/r1/ai/jobs/j1/suggestions/s1/accept': () =>
        jsonResponse({ suggestion: { ...suggestion, status: 'accepted' }, resume: accepted }),
      'POST /api/v1/resumes/r1/versions/1/restore': () => jsonResponse(resumeDetail({ resume, version: 3 })),
    })
    const { user, panel } = await openPanel()
    const events = await requestRewrite(user, panel)
    events.emit('done', completed())

    await user.click(within(panel).getByRole('button', { name: 'Accept suggestion for Bullet 2 of Programmer, Babbage & Co' }))
    const outcome = await within(panel).findByText('Accepted. The editor shows the change; Undo in Versions reverts it.')
    await waitFor(() => {
      expect(outcome).toHaveFocus()
    })
    expect(callsTo(fetchMock, 'POST', '/api/v1/resumes/r1/ai/jobs/j1/suggestions/s1/accept')).toHaveLength(1)
    expect(screen.getByLabelText('Bullet 2')).toHaveValue('Described loops for [X] programs')
    expect(screen.getByText(/· version 2/)).toBeInTheDocument()
    expect(within(panel).queryByRole('button', { name: /^Accept suggestion/ })).not.toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Undo' }))
    expect(await screen.findByText('Undone. Restored version 1.')).toBeInTheDocument()
    expect(screen.getByLabelText('Bullet 2')).toHaveValue('Responsible for describing loops')
  })

  it('rejecting leaves the resume as it is', async () => {
    const fetchMock = workspace({
      'POST /api/v1/resumes/r1/ai/jobs/j1/suggestions/s1/reject': () => jsonResponse({ suggestion: { ...suggestion, status: 'rejected' } }),
    })
    const { user, panel } = await openPanel()
    const events = await requestRewrite(user, panel)
    events.emit('done', completed())

    await user.click(within(panel).getByRole('button', { name: /^Reject suggestion/ }))
    expect(await within(panel).findByText('Rejected. Your resume is unchanged.')).toBeInTheDocument()
    expect(callsTo(fetchMock, 'POST', '/api/v1/resumes/r1/ai/jobs/j1/suggestions/s1/reject')).toHaveLength(1)
    expect(screen.getByLabelText('Bullet 2')).toHaveValue('Responsible for describing loops')
    expect(screen.getByText(/· version 1/)).toBeInTheDocument()
  })

  it('shows the offline notice and the overall review', async () => {
    const fetchMock = workspace({
      'POST /api/v1/resumes/r1/ai/jobs': () => jsonResponse(job({ task: 'review' }), 202),
    })
    const { user, panel } = await openPanel()
    await user.click(await within(panel).findByRole('radio', { name: /Review the whole resume/ }))
    expect(within(panel).queryByRole('checkbox')).not.toBeInTheDocument()
    await user.click(within(panel).getByRole('button', { name: 'Get suggestions' }))
    await waitFor(() => {
      expect(FakeEventSource.instances).toHaveLength(1)
    })
    expect(bodyOf(callsTo(fetchMock, 'POST', '/api/v1/resumes/r1/ai/jobs')[0])).toEqual({ task: 'review' })

    const notice = 'The AI provider is unavailable right now; these are the offline suggestions. Try again later.'
    FakeEventSource.latest().emit('done', { ...completed({ source: 'offline', notice, overview: 'Solid resume; quantify more.' }), task: 'review' })
    expect(within(panel).getByRole('note')).toHaveTextContent(notice)
    expect(within(panel).getByRole('heading', { name: 'Overall review' })).toBeInTheDocument()
    expect(within(panel).getByText('Solid resume; quantify more.')).toBeInTheDocument()
  })

  it('shows the offline suggestions while the AI is retried, keeps following, then shows the AI’s when they come', async () => {
    workspace()
    const { user, panel } = await openPanel()
    const events = await requestRewrite(user, panel)

    const notice = 'The AI provider is unavailable right now, so these are the offline suggestions. The AI will be asked again by itself.'
    const offlineSuggestion: AiSuggestion = { ...suggestion, id: 'o1', proposal: 'Responsible for describing loops.', reason: 'End the bullet with a full stop.' }
    events.emit(
      'status',
      job({
        status: 'retrying',
        stage: 'queued',
        attempts: 1,
        nextAttemptAt: '2026-11-20T10:18:00Z',
        result: { source: 'offline', notice, overview: null, suggestions: [offlineSuggestion], discarded: 0 },
      }),
    )
    expect(within(panel).getByRole('note')).toHaveTextContent(notice)
    expect(within(panel).getByText(/^The AI will be asked again at .+\. You can use these offline suggestions meanwhile\.$/)).toBeInTheDocument()
    expect(within(panel).getByRole('listitem')).toHaveTextContent('Why: End the bullet with a full stop.')
    // The user is not kept waiting: the form is free and the stream stays open for the AI's answer.
    expect(within(panel).getByRole('button', { name: 'Get suggestions' })).toHaveAttribute('aria-disabled', 'false')
    expect(events.closed).toBe(false)

    events.emit('status', job({ status: 'running', stage: 'calling-model', attempts: 2, result: { source: 'offline', notice, overview: null, suggestions: [offlineSuggestion], discarded: 0 } }))
    expect(within(panel).getByText('Asking the AI again: Claude is writing suggestions…')).toBeInTheDocument()

    events.emit('done', completed({ notice: 'The AI answered on a later try: its suggestions replace the offline ones you had not decided on.' }))
    expect(events.closed).toBe(true)
    expect(within(panel).getByRole('listitem')).toHaveTextContent('Why: Starts with a strong verb; fill in the number.')
    expect(within(panel).queryByText(/asked again/)).not.toBeInTheDocument()
  })

  it('shows a dead-lettered job’s offline suggestions as the final answer', async () => {
    workspace()
    const { user, panel } = await openPanel()
    const events = await requestRewrite(user, panel)
    const notice = 'The AI provider stayed unavailable after several tries, so these offline suggestions are the final answer. Ask the AI again later.'
    events.emit('done', job({ status: 'dead', stage: 'done', progress: 100, result: { source: 'offline', notice, overview: null, suggestions: [suggestion], discarded: 0 } }))
    expect(events.closed).toBe(true)
    expect(within(panel).getByRole('note')).toHaveTextContent(notice)
    expect(within(panel).getByRole('button', { name: /^Accept suggestion/ })).toBeInTheDocument()
    expect(within(panel).queryByRole('alert')).not.toBeInTheDocument()
  })

  it('explains a spent daily budget in a plain sentence', async () => {
    workspace({
      'POST /api/v1/resumes/r1/ai/jobs': () =>
        problemResponse(429, {
          type: 'urn:resume-refiner:problem:ai-budget-exhausted',
          title: 'The daily AI budget is spent',
          detail: 'Your workspace has used its AI tokens for today.',
        }),
    })
    const { user, panel } = await openPanel()
    await user.click(await within(panel).findByRole('checkbox', { name: 'Responsible for describing loops' }))
    await user.click(within(panel).getByRole('button', { name: 'Get suggestions' }))
    expect(await within(panel).findByRole('alert')).toHaveTextContent(
      'You have used today’s AI allowance for this workspace. It renews at midnight UTC; the offline fixes and analysis still work.',
    )
    expect(FakeEventSource.instances).toHaveLength(0)
    expect(within(panel).getByRole('button', { name: 'Get suggestions' })).toHaveAttribute('aria-disabled', 'false')
  })

  it('asks for a bullet before sending anything', async () => {
    const fetchMock = workspace()
    const { user, panel } = await openPanel()
    await user.click(await within(panel).findByRole('button', { name: 'Get suggestions' }))
    expect(within(panel).getByRole('alert')).toHaveTextContent('Choose at least one bullet to rewrite.')
    expect(callsTo(fetchMock, 'POST', '/api/v1/resumes/r1/ai/jobs')).toHaveLength(0)
  })

  it('tailors to the posting pasted in the Analysis panel', async () => {
    const fetchMock = workspace({
      'POST /api/v1/resumes/r1/ai/jobs': () => jsonResponse(job({ task: 'tailor' }), 202),
    })
    const { user, panel } = await openPanel()
    await user.type(screen.getByLabelText('Job description (optional)'), 'Needs Kubernetes')
    await user.click(within(panel).getByRole('radio', { name: /Tailor to a job posting/ }))
    await user.click(within(panel).getByRole('button', { name: 'Get suggestions' }))
    await waitFor(() => {
      expect(callsTo(fetchMock, 'POST', '/api/v1/resumes/r1/ai/jobs')).toHaveLength(1)
    })
    expect(bodyOf(callsTo(fetchMock, 'POST', '/api/v1/resumes/r1/ai/jobs')[0])).toEqual({ task: 'tailor', jobDescription: 'Needs Kubernetes' })
  })

  it('falls back to asking for the job when the event stream fails', async () => {
    const fetchMock = workspace({ 'GET /api/v1/resumes/r1/ai/jobs/j1': () => jsonResponse(completed()) })
    const { user, panel } = await openPanel()
    const events = await requestRewrite(user, panel)
    events.fail()
    expect(events.closed).toBe(true)
    // The first poll waits 1.5 s; allow for a busy machine.
    expect(await within(panel).findByRole('button', { name: /^Accept suggestion/ }, { timeout: 8000 })).toBeInTheDocument()
    expect(callsTo(fetchMock, 'GET', '/api/v1/resumes/r1/ai/jobs/j1')).toHaveLength(1)
  })

  it('says why a job failed and offers to try again', async () => {
    const fetchMock = workspace()
    const { user, panel } = await openPanel()
    const events = await requestRewrite(user, panel)
    events.emit(
      'done',
      job({
        status: 'failed',
        stage: 'done',
        error: { type: 'urn:resume-refiner:problem:ai-malformed-reply', title: 'The AI reply was not usable', detail: 'x' },
      }),
    )
    expect(within(panel).getByRole('alert')).toHaveTextContent('The AI’s answer could not be used this time. Please try again.')
    await user.click(within(panel).getByRole('button', { name: 'Try again' }))
    await waitFor(() => {
      expect(callsTo(fetchMock, 'POST', '/api/v1/resumes/r1/ai/jobs')).toHaveLength(2)
    })
  })

  it('brings back the latest job’s undecided suggestions after a reload', async () => {
    workspace({
      'GET /api/v1/resumes/r1/ai/jobs': () =>
        jsonResponse({ items: [{ id: 'j1', task: 'rewriteBullets', status: 'completed', progress: 100, createdAt: '2026-11-20T10:16:00Z', source: 'ai' }] }),
      'GET /api/v1/resumes/r1/ai/jobs/j1': () => jsonResponse(completed()),
    })
    const { panel } = await openPanel()
    expect(await within(panel).findByRole('heading', { name: 'Bullet 2 of Programmer, Babbage & Co' })).toBeInTheDocument()
    expect(FakeEventSource.instances).toHaveLength(0)
  })
})
