import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { mockFetch } from '../testing/api-mocks'
import { FeedbackControl } from './feedback-control'

function sentBodies(fetchMock: ReturnType<typeof mockFetch>): unknown[] {
  return fetchMock.mock.calls.map(([, init]) => JSON.parse(typeof init?.body === 'string' ? init.body : 'null') as unknown)
}

describe('FeedbackControl', () => {
  it('sends "helpful" with the rule id only, then thanks', async () => {
    const fetchMock = mockFetch({ 'POST /api/v1/feedback': () => new Response(null, { status: 204 }) })
    render(<FeedbackControl kind="finding" rule="first-person" subject="Avoid “I” in bullets" />)

    await userEvent.click(screen.getByRole('button', { name: 'Yes, helpful: Avoid “I” in bullets' }))

    expect(await screen.findByRole('status')).toHaveTextContent('Thanks, that helps us improve.')
    expect(sentBodies(fetchMock)).toEqual([{ kind: 'finding', rule: 'first-person', verdict: 'helpful' }])
  })

  it('asks an optional reason after "No" and sends the choice, not text', async () => {
    const fetchMock = mockFetch({ 'POST /api/v1/feedback': () => new Response(null, { status: 204 }) })
    render(<FeedbackControl kind="fix" rule="date-format" subject="Write dates as Mar 2021" />)

    await userEvent.click(screen.getByRole('button', { name: 'No, not helpful: Write dates as Mar 2021' }))
    await userEvent.selectOptions(screen.getByLabelText('What was wrong with it? (optional)'), 'changed-meaning')
    await userEvent.click(screen.getByRole('button', { name: 'Send' }))

    expect(await screen.findByRole('status')).toHaveTextContent('Thanks')
    expect(sentBodies(fetchMock)).toEqual([{ kind: 'fix', rule: 'date-format', verdict: 'not-helpful', reason: 'changed-meaning' }])
  })

  it('says quietly when the answer could not be sent', async () => {
    mockFetch({ 'POST /api/v1/feedback': () => new Response(null, { status: 500 }) })
    render(<FeedbackControl kind="suggestion" rule="rewriteBullets" subject="the suggestion for Bullet 1" />)

    await userEvent.click(screen.getByRole('button', { name: 'Yes, helpful: the suggestion for Bullet 1' }))

    expect(await screen.findByRole('status')).toHaveTextContent('Your answer could not be sent.')
  })
})
