import { useEffect, useId, useRef, useState, type ReactNode, type RefObject } from 'react'
import { errorMessage } from '../lib/api-client'

type State = { step: 'idle' } | { step: 'confirming' } | { step: 'working' } | { step: 'failed'; message: string }

export interface ConfirmStep {
  /** The question is showing, or its action is running. */
  asking: boolean
  working: boolean
  /** Why the action failed, as a sentence; null when it has not failed. */
  error: string | null
  ask: () => void
  cancel: () => void
  confirm: () => Promise<void>
}

/**
 * An action that must be confirmed first (a deletion): ask, then run it or cancel. `askRef` goes on the button that
 * asks, so keyboard focus comes back to it after "Cancel".
 */
export function useConfirmStep(action: () => Promise<void>): [ConfirmStep, RefObject<HTMLButtonElement | null>] {
  const [state, setState] = useState<State>({ step: 'idle' })
  const askRef = useRef<HTMLButtonElement>(null)
  const previousStep = useRef(state.step)

  useEffect(() => {
    if (state.step === 'idle' && previousStep.current === 'confirming') askRef.current?.focus()
    previousStep.current = state.step
  }, [state.step])

  async function confirm() {
    setState({ step: 'working' })
    try {
      await action()
      setState({ step: 'idle' })
    } catch (error) {
      setState({ step: 'failed', message: errorMessage(error) })
    }
  }

  const step: ConfirmStep = {
    asking: state.step === 'confirming' || state.step === 'working',
    working: state.step === 'working',
    error: state.step === 'failed' ? state.message : null,
    ask: () => {
      setState({ step: 'confirming' })
    },
    cancel: () => {
      setState({ step: 'idle' })
    },
    confirm,
  }
  return [step, askRef]
}

interface ConfirmQuestionProps {
  step: ConfirmStep
  question: ReactNode
  confirmLabel: string
  /** Shown on the confirm button while the action runs, e.g. "Deleting…". */
  workingLabel: string
}

/**
 * The question with its confirm and "Cancel" buttons, both disabled while the action runs. "Cancel" takes keyboard
 * focus when the question appears, so the safe choice is the one at hand.
 */
export function ConfirmQuestion({ step, question, confirmLabel, workingLabel }: ConfirmQuestionProps) {
  const questionId = useId()
  const cancelRef = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    cancelRef.current?.focus()
  }, [])

  return (
    <div className="confirm" role="group" aria-labelledby={questionId}>
      <p id={questionId} className="confirm__question">
        {question}
      </p>
      <button
        type="button"
        className="button button--danger"
        disabled={step.working}
        onClick={() => {
          void step.confirm()
        }}
      >
        {step.working ? workingLabel : confirmLabel}
      </button>
      <button ref={cancelRef} type="button" className="button button--secondary" disabled={step.working} onClick={step.cancel}>
        Cancel
      </button>
    </div>
  )
}
