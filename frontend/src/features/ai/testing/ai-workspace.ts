// The workspace as the AI tests see it: a resume with bullets, a server with AI on, and jobs to answer with.
import { screen, waitFor, within } from '@testing-library/react'
import { expect } from 'vitest'
import { jsonResponse, mockFetch, resumeDetail } from '../../../testing/api-mocks'
import { FakeEventSource } from '../../../testing/fake-event-source'
import { renderApp } from '../../../testing/render-app'
import type { VersionList } from '../../../types/api'
import type { JsonResume } from '../../../types/json-resume'
import type { AiJob, AiSuggestion } from '../types'

export const resume: JsonResume = {
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
export const aiOn = { maxFileSize: 1000, acceptedExtensions: ['.pdf'], ai: { enabled: true, provider: 'anthropic', model: 'claude-sonnet-5-5' } }

export const suggestion: AiSuggestion = {
  id: 's1',
  target: 'work[0].highlights[1]',
  original: 'Responsible for describing loops',
  proposal: 'Described loops for [X] programs',
  reason: 'Starts with a strong verb; fill in the number.',
  status: 'pending',
}

export function job(overrides: Partial<AiJob> = {}): AiJob {
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

export function completed(result: Partial<NonNullable<AiJob['result']>> = {}): AiJob {
  return job({
    status: 'completed',
    stage: 'done',
    progress: 100,
    result: { source: 'ai', notice: null, overview: null, suggestions: [suggestion], discarded: 0, ...result },
  })
}

type Handlers = Parameters<typeof mockFetch>[0]

export function workspace(overrides: Handlers = {}, config: unknown = aiOn) {
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

export function callsTo(fetchMock: ReturnType<typeof mockFetch>, method: string, path: string) {
  return fetchMock.mock.calls.filter(([url, init]) => {
    const href = typeof url === 'string' ? url : url instanceof URL ? url.href : url.url
    return (init?.method ?? 'GET') === method && new URL(href, 'http://localhost').pathname === path
  })
}

export function bodyOf(call: unknown[] | undefined): unknown {
  const init = call?.[1] as RequestInit | undefined
  return JSON.parse(typeof init?.body === 'string' ? init.body : 'null')
}

export async function openPanel() {
  const view = renderApp('/resumes/r1')
  await screen.findByRole('heading', { level: 1, name: 'Ada Lovelace' }, { timeout: 5000 })
  // The AI panel is one of the workspace's tool tabs.
  await view.user.click(screen.getByRole('tab', { name: 'AI' }))
  const panel = screen.getByRole('region', { name: 'AI suggestions' })
  return { ...view, panel }
}

/** Chooses the second bullet and asks for a rewrite; resolves once the job's event stream is open. */
export async function requestRewrite(user: Awaited<ReturnType<typeof openPanel>>['user'], panel: HTMLElement) {
  await user.click(await within(panel).findByRole('checkbox', { name: 'Responsible for describing loops' }))
  await user.click(within(panel).getByRole('button', { name: 'Get suggestions' }))
  await waitFor(() => {
    expect(FakeEventSource.instances).toHaveLength(1)
  })
  return FakeEventSource.latest()
}
