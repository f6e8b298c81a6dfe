import { screen, waitFor, within } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { jsonResponse, problemResponse } from '../../../testing/api-mocks'
import { FakeEventSource } from '../../../testing/fake-event-source'
import { aiOn, job, workspace, callsTo, bodyOf, openPanel } from '../testing/ai-workspace'

beforeEach(() => {
  FakeEventSource.install()
})

describe('AI task form', () => {
  it('says when the server sends contact details too, and links to the privacy page', async () => {
    workspace({}, { ...aiOn, ai: { ...aiOn.ai, redactsContacts: false } })
    const { panel } = await openPanel()

    const note = await within(panel).findByText(
      'Your resume text is sent to Anthropic (Claude, model claude-sonnet-5-5) as it is, with any contact details it contains.',
    )
    expect(within(note).getByRole('link', { name: 'What is sent' })).toHaveAttribute('href', '/privacy')
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
})
