import { within } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { jsonResponse } from '../../../testing/api-mocks'
import { FakeEventSource } from '../../../testing/fake-event-source'
import { completed, workspace, callsTo, openPanel } from '../testing/ai-workspace'

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
