import { screen, waitFor, within } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { jsonResponse, resumeDetail } from '../../../testing/api-mocks'
import { FakeEventSource } from '../../../testing/fake-event-source'
import type { ResumeDetail } from '../../../types/api'
import { resume, suggestion, completed, workspace, callsTo, openPanel, requestRewrite } from '../testing/ai-workspace'

beforeEach(() => {
  FakeEventSource.install()
})

describe('AI suggestion item', () => {
  it('accepting applies the server’s new version to the editor; after Undo the card says so and accepts again', async () => {
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
    expect(within(panel).getByText('Reverted: your resume shows the original text again. You can accept it again.')).toBeInTheDocument()
    expect(within(panel).queryByText(/^Accepted\./)).not.toBeInTheDocument()

    await user.click(within(panel).getByRole('button', { name: 'Accept again suggestion for Bullet 2 of Programmer, Babbage & Co' }))
    expect(await within(panel).findByText('Accepted. The editor shows the change; Undo in Versions reverts it.')).toBeInTheDocument()
    expect(callsTo(fetchMock, 'POST', '/api/v1/resumes/r1/ai/jobs/j1/suggestions/s1/accept')).toHaveLength(2)
    expect(screen.getByLabelText('Bullet 2')).toHaveValue('Described loops for [X] programs')
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
})
