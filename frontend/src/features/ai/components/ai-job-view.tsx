import { ProgressBar } from '../../../components/progress-bar'
import { getAt } from '../../../lib/resume-path'
import type { JsonResume } from '../../../types/json-resume'
import { jobErrorMessage } from '../ai-errors'
import { isFinished } from '../hooks/use-ai-job'
import { describeTarget } from '../targets'
import type { AiJob, AiJobStage, AiSuggestion } from '../types'
import { SuggestionItem } from './suggestion-item'

function stageText(stage: AiJobStage, provider: string | undefined): string {
  switch (stage) {
    case 'queued':
      return 'Waiting to start…'
    case 'preparing':
      return 'Preparing your resume…'
    case 'calling-model':
      return provider === 'openai' ? 'The AI is writing suggestions…' : 'Claude is writing suggestions…'
    case 'validating':
      return 'Checking the suggestions against your resume…'
    case 'done':
      return 'Done.'
  }
}

interface AiJobViewProps {
  job: AiJob
  resume: JsonResume
  provider: string | undefined
  streamed: string
  lost: string | null
  onFollow: () => void
  onRetry: (() => void) | undefined
  onAccept: (suggestion: AiSuggestion) => Promise<void>
  onReject: (suggestion: AiSuggestion) => Promise<void>
  /** The server says the suggestion was decided elsewhere (another tab); show it as such. */
  onDecided: (suggestion: AiSuggestion, status: 'accepted' | 'rejected') => void
}

/** The job's events stopped arriving (connection lost, server restarted): say so and offer to look again. */
function LostJobAlert({ reason, onFollow }: { reason: string; onFollow: () => void }) {
  return (
    <div className="state state--error" role="alert">
      <p>We lost track of the AI job: {reason}</p>
      <button type="button" className="button button--secondary" onClick={onFollow}>
        Check again
      </button>
    </div>
  )
}

/** One AI job: its progress and the reply streaming in while it runs, why it failed, or its suggestions. */
export function AiJobView({ job, resume, provider, streamed, lost, onFollow, onRetry, onAccept, onReject, onDecided }: AiJobViewProps) {
  if (job.status === 'failed') {
    return (
      <div className="ai-job">
        <div className="state state--error" role="alert">
          <p>{jobErrorMessage(job)}</p>
          {onRetry && (
            <button type="button" className="button button--secondary" onClick={onRetry}>
              Try again
            </button>
          )}
        </div>
      </div>
    )
  }
  if (!job.result) {
    return (
      <div className="ai-job">
        <p role="status">{stageText(job.stage, provider)}</p>
        <ProgressBar value={job.progress} label="AI suggestions progress" />
        {streamed !== '' && (
          <pre className="ai-stream" tabIndex={0} role="log" aria-live="off" aria-label="The AI’s reply so far">
            {streamed}
          </pre>
        )}
        {lost && <LostJobAlert reason={lost} onFollow={onFollow} />}
      </div>
    )
  }

  const { result } = job
  const pending = result.suggestions.filter((s) => s.status === 'pending').length
  return (
    <div className="ai-job">
      <p role="status" className="visually-hidden">
        {result.suggestions.length === 0
          ? 'The AI finished with no suggestions.'
          : `${result.suggestions.length} ${result.suggestions.length === 1 ? 'suggestion' : 'suggestions'} ready, ${pending} waiting for your decision.`}
      </p>
      {!isFinished(job) && <p className="muted">{retryText(job, provider)}</p>}
      {lost && !isFinished(job) && <LostJobAlert reason={lost} onFollow={onFollow} />}
      {result.notice && (
        <p className="notice" role="note">
          {result.notice}
        </p>
      )}
      {result.source === 'cache' && <p className="muted">The same request was answered before, so these suggestions cost nothing.</p>}
      {result.overview && (
        <div className="ai-overview">
          <h3>Overall review</h3>
          <p>{result.overview}</p>
        </div>
      )}
      {result.suggestions.length === 0 ? (
        <p>No changes to suggest.{discardedNote(result.discarded)}</p>
      ) : (
        <>
          <h3>Suggestions</h3>
          {result.discarded > 0 && <p className="muted">{discardedNote(result.discarded).trim()}</p>}
          <ol className="ai-suggestions">
            {result.suggestions.map((suggestion) => (
              <SuggestionItem
                key={suggestion.id}
                suggestion={suggestion}
                label={describeTarget(suggestion.target, resume)}
                task={job.task}
                reverted={suggestion.status === 'accepted' && getAt(resume, suggestion.target) === suggestion.original}
                onAccept={onAccept}
                onReject={onReject}
                onDecided={onDecided}
              />
            ))}
          </ol>
        </>
      )}
    </div>
  )
}

/** While offline suggestions are shown and the AI is tried again. */
function retryText(job: AiJob, provider: string | undefined): string {
  if (job.status === 'retrying') {
    const at = job.nextAttemptAt ? new Date(job.nextAttemptAt) : null
    const when = at && !Number.isNaN(at.getTime()) ? ` at ${at.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}` : ''
    return `The AI will be asked again${when}. You can use these offline suggestions meanwhile.`
  }
  return `Asking the AI again: ${stageText(job.stage, provider)}`
}

function discardedNote(discarded: number): string {
  if (discarded === 0) return ''
  return ` ${discarded === 1 ? '1 suggestion was' : `${discarded} suggestions were`} left out because it did not match your resume or added facts it does not have.`
}
