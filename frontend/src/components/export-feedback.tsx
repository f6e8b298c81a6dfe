import { useEffect, useRef, useState } from 'react'
import { sendFeedback, type ExportVerdict } from '../lib/feedback'

const answers: { verdict: ExportVerdict; label: string }[] = [
  { verdict: 'good', label: 'Good' },
  { verdict: 'okay', label: 'Okay' },
  { verdict: 'poor', label: 'Poor' },
]

/**
 * One short question after an export, which the user may skip. Only the choice is sent. It does not take focus:
 * the download is what the user is waiting for.
 */
export function ExportFeedback({ onDone }: { onDone: () => void }) {
  const [answer, setAnswer] = useState<'asking' | 'thanked' | 'failed'>('asking')
  const timer = useRef<number | undefined>(undefined)
  useEffect(() => () => { window.clearTimeout(timer.current); }, [])

  async function send(verdict: ExportVerdict) {
    try {
      await sendFeedback({ kind: 'export', rule: 'export', verdict })
      setAnswer('thanked')
    } catch {
      setAnswer('failed')
    }
    // The thanks stays long enough to be read, then the question goes.
    timer.current = window.setTimeout(onDone, 4000)
  }

  if (answer !== 'asking') {
    return (
      <p className="muted" role="status">
        {answer === 'thanked' ? 'Thanks for telling us.' : 'Your answer could not be sent.'}
      </p>
    )
  }

  return (
    <div className="feedback" role="group" aria-labelledby="export-feedback-question">
      <span id="export-feedback-question">How did we do with this export?</span>
      {answers.map((a) => (
        <button key={a.verdict} type="button" className="button button--small button--secondary" onClick={() => void send(a.verdict)}>
          {a.label}
        </button>
      ))}
      <button type="button" className="link-button" onClick={onDone}>
        Skip
      </button>
    </div>
  )
}
