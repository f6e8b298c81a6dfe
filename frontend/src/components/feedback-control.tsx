import { useId, useState } from 'react'
import { sendFeedback, type FeedbackKind, type FeedbackReason } from '../lib/feedback'

const reasons: { value: FeedbackReason; label: string }[] = [
  { value: 'wrong', label: 'It is wrong' },
  { value: 'unclear', label: 'Hard to understand' },
  { value: 'not-relevant', label: 'Not relevant to me' },
  { value: 'changed-meaning', label: 'It changes what I meant' },
  { value: 'other', label: 'Something else' },
]

type Step = { name: 'ask' } | { name: 'why' } | { name: 'sending' } | { name: 'thanked' } | { name: 'failed' }

/**
 * "Helpful? Yes / No" under a finding, fix or suggestion; "No" asks an optional reason from a list. Only the
 * rule id and the choices are sent, never the text. A failure to send is said quietly: it costs the user nothing.
 */
export function FeedbackControl({ kind, rule, subject }: { kind: Exclude<FeedbackKind, 'export'>; rule: string; subject: string }) {
  const [step, setStep] = useState<Step>({ name: 'ask' })
  const [reason, setReason] = useState<FeedbackReason | ''>('')
  const reasonId = useId()

  async function send(verdict: 'helpful' | 'not-helpful', why?: FeedbackReason) {
    setStep({ name: 'sending' })
    try {
      await sendFeedback({ kind, rule, verdict, ...(why ? { reason: why } : {}) })
      setStep({ name: 'thanked' })
    } catch {
      setStep({ name: 'failed' })
    }
  }

  if (step.name === 'thanked' || step.name === 'failed') {
    return (
      <p className="feedback feedback--done muted" role="status">
        {step.name === 'thanked' ? 'Thanks, that helps us improve.' : 'Your answer could not be sent.'}
      </p>
    )
  }

  if (step.name === 'why') {
    return (
      <form
        className="feedback"
        aria-label={`Why it was not helpful: ${subject}`}
        onSubmit={(event) => {
          event.preventDefault()
          void send('not-helpful', reason === '' ? undefined : reason)
        }}
      >
        <label htmlFor={reasonId}>What was wrong with it? (optional)</label>
        <select id={reasonId} className="input feedback__reason" value={reason} onChange={(event) => { setReason(event.target.value as FeedbackReason | ''); }}>
          <option value="">Rather not say</option>
          {reasons.map((r) => (
            <option key={r.value} value={r.value}>
              {r.label}
            </option>
          ))}
        </select>
        <button type="submit" className="button button--small button--secondary">
          Send
        </button>
      </form>
    )
  }

  return (
    <div className="feedback" role="group" aria-label={`Was this helpful: ${subject}`}>
      <span className="muted" aria-hidden="true">
        Helpful?
      </span>
      <button
        type="button"
        className="button button--small button--secondary"
        disabled={step.name === 'sending'}
        onClick={() => void send('helpful')}
      >
        Yes<span className="visually-hidden">, helpful: {subject}</span>
      </button>
      <button
        type="button"
        className="button button--small button--secondary"
        disabled={step.name === 'sending'}
        onClick={() => {
          setStep({ name: 'why' })
        }}
      >
        No<span className="visually-hidden">, not helpful: {subject}</span>
      </button>
    </div>
  )
}
