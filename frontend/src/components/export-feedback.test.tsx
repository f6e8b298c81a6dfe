import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { mockFetch } from '../testing/api-mocks'
import { ExportFeedback } from './export-feedback'

describe('ExportFeedback', () => {
  it('sends the one choice made, and thanks', async () => {
    const fetchMock = mockFetch({ 'POST /api/v1/feedback': () => new Response(null, { status: 204 }) })
    render(<ExportFeedback onDone={() => undefined} />)

    expect(screen.getByRole('group', { name: 'How did we do with this export?' })).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Good' }))

    expect(await screen.findByRole('status')).toHaveTextContent('Thanks for telling us.')
    const [, init] = fetchMock.mock.calls[0] ?? []
    expect(JSON.parse(typeof init?.body === 'string' ? init.body : 'null')).toEqual({ kind: 'export', rule: 'export', verdict: 'good' })
  })

  it('can be skipped without sending anything', async () => {
    const fetchMock = mockFetch({})
    const onDone = vi.fn()
    render(<ExportFeedback onDone={onDone} />)

    await userEvent.click(screen.getByRole('button', { name: 'Skip' }))

    expect(onDone).toHaveBeenCalledOnce()
    expect(fetchMock).not.toHaveBeenCalled()
  })
})
