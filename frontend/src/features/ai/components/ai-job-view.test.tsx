import { waitFor, within } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { jsonResponse } from '../../../testing/api-mocks'
import { FakeEventSource } from '../../../testing/fake-event-source'
import { suggestion, job, completed, workspace, callsTo, bodyOf, openPanel, requestRewrite } from '../testing/ai-workspace'
import type { AiSuggestion } from '../types'

beforeEach(() => {
  FakeEventSource.install()
})

describe('AI job view', () => {
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
})
