import { useId, useRef, useState, type ReactNode } from 'react'
import { ProgressBar } from '../../../components/progress-bar'
import { ApiError, errorMessage } from '../../../lib/api-client'
import { Link } from '../../../lib/router'
import type { AiConfig, ResumeDetail } from '../../../types/api'
import type { JsonResume } from '../../../types/json-resume'
import { acceptSuggestion, createAiJob, rejectSuggestion } from '../api/ai-jobs'
import { isFinished, useAiJob } from '../hooks/use-ai-job'
import { bulletGroups, describeTarget } from '../targets'
import type { AiJob, AiJobRequest, AiJobStage, AiSuggestion, AiTask } from '../types'
import { SuggestionDiff } from './suggestion-diff'

interface AiPanelProps {
  resumeId: string
  /** The resume as the editor shows it, for choosing bullets and naming what a suggestion changes. */
  resume: JsonResume
  /** null while the server's config loads. */
  config: AiConfig | null
  /** The job description pasted in the Analysis panel, read when the user asks to tailor. */
  analysisJobDescription: () => string
  /** Saves pending edits so the AI works on what the user sees; false when they could not be saved. */
  beforeRun: () => Promise<boolean>
  /** Saves pending edits, runs the change and shows the new version in the editor (so Undo reverts it). */
  commit: (change: () => Promise<ResumeDetail>) => Promise<unknown>
}

const maxBullets = 20

const tasks: { value: AiTask; label: string; hint: string }[] = [
  { value: 'rewriteBullets', label: 'Rewrite chosen bullets', hint: 'Stronger verbs and clearer impact, without inventing facts.' },
  { value: 'tailor', label: 'Tailor to a job posting', hint: 'Where the posting’s missing keywords could truthfully fit.' },
  { value: 'summary', label: 'Write or improve the summary', hint: 'A short summary at the top of your resume.' },
  { value: 'review', label: 'Review the whole resume', hint: 'An overall assessment and a few concrete changes.' },
]

const problemBase = 'urn:resume-refiner:problem:'

/** Problems the AI endpoints answer, as sentences for the user rather than for the operator. */
function aiErrorMessage(error: unknown): string {
  const type = error instanceof ApiError ? error.problem?.type : undefined
  if (type === `${problemBase}ai-budget-exhausted`) {
    return 'You have used today’s AI allowance for this workspace. It renews at midnight UTC; the offline fixes and analysis still work.'
  }
  if (type === `${problemBase}ai-disabled`) {
    return 'AI suggestions are not enabled on this server. Everything else works offline.'
  }
  return errorMessage(error)
}

function jobErrorMessage(job: AiJob): string {
  const type = job.error?.type
  if (type === `${problemBase}ai-budget-exhausted`) return aiErrorMessage(new ApiError(429, '', { type }))
  if (type === `${problemBase}ai-malformed-reply`) return 'The AI’s answer could not be used this time. Please try again.'
  if (type === `${problemBase}not-found`) return 'This resume was deleted, so the AI job stopped.'
  const text = [job.error?.detail, job.error?.title].map((t) => t?.trim() ?? '').find((t) => t !== '') ?? 'The AI job failed. Please try again.'
  return /[.!?]$/.test(text) ? text : `${text}.`
}

function providerName(config: AiConfig): string {
  const model = config.model ? `, model ${config.model}` : ''
  if (config.provider === 'openai') return `the AI server this app is set up with (OpenAI-compatible${model})`
  return `Anthropic (Claude${model})`
}

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

/** AI suggestions: choose a task, follow the job, then accept or reject each suggestion, shown as a word diff. */
export function AiPanel(props: AiPanelProps) {
  const { config } = props
  return (
    <section className="panel" aria-labelledby="ai-heading">
      <h2 id="ai-heading">AI suggestions</h2>
      {config === null ? (
        <p className="muted">Checking whether AI suggestions are available…</p>
      ) : !config.enabled ? (
        <p className="muted">AI suggestions are not enabled on this server; everything else works offline.</p>
      ) : (
        <AiSuggestions {...props} config={config} />
      )}
    </section>
  )
}

function AiSuggestions({ resumeId, resume, config, analysisJobDescription, beforeRun, commit }: AiPanelProps & { config: AiConfig }) {
  const [task, setTask] = useState<AiTask>('rewriteBullets')
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set())
  const [jobDescription, setJobDescription] = useState('')
  const [starting, setStarting] = useState(false)
  const [formError, setFormError] = useState<string | null>(null)
  const [lastRequest, setLastRequest] = useState<AiJobRequest | null>(null)
  const { job, streamed, lost, show, update, follow } = useAiJob(resumeId, true)
  const ids = useId()
  // A job showing offline suggestions while the AI is retried leaves the form free for another request.
  const running = job !== null && !isFinished(job) && job.result === null

  const groups = bulletGroups(resume)
  const available = new Set(groups.flatMap((g) => g.bullets.map((b) => b.path)))
  const picked = [...chosen].filter((path) => available.has(path))

  function buildRequest(): AiJobRequest | string {
    if (task === 'rewriteBullets') {
      if (picked.length === 0) return groups.length === 0 ? 'Your resume has no bullets yet. Add some in the editor first.' : 'Choose at least one bullet to rewrite.'
      if (picked.length > maxBullets) return `Choose at most ${maxBullets} bullets at a time.`
      return { task, targets: picked }
    }
    if (task === 'tailor') {
      const text = jobDescription.trim() || analysisJobDescription().trim()
      if (text === '') return 'Paste the job posting to tailor your resume to.'
      return { task, jobDescription: text }
    }
    return { task }
  }

  async function start(request: AiJobRequest) {
    setStarting(true)
    setFormError(null)
    try {
      if (!(await beforeRun())) {
        setFormError('Your latest edits could not be saved, so nothing was sent. Save them and try again.')
        return
      }
      setLastRequest(request)
      show(await createAiJob(resumeId, request))
    } catch (error) {
      setFormError(aiErrorMessage(error))
    } finally {
      setStarting(false)
    }
  }

  const busy = starting || running

  return (
    <>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          if (busy) return
          const request = buildRequest()
          if (typeof request === 'string') setFormError(request)
          else void start(request)
        }}
      >
        <fieldset className="ai-tasks">
          <legend>What should the AI do?</legend>
          {tasks.map((t) => (
            <div key={t.value} className="choice">
              <input
                type="radio"
                id={`${ids}-task-${t.value}`}
                name={`${ids}-task`}
                value={t.value}
                checked={task === t.value}
                aria-describedby={`${ids}-task-${t.value}-hint`}
                onChange={() => {
                  setTask(t.value)
                  setFormError(null)
                }}
              />
              <label htmlFor={`${ids}-task-${t.value}`}>
                {t.label}
                <span className="field__hint" id={`${ids}-task-${t.value}-hint`}>
                  {t.hint}
                </span>
              </label>
            </div>
          ))}
        </fieldset>

        {task === 'rewriteBullets' &&
          (groups.length === 0 ? (
            <p className="muted">Your resume has no bullets yet. Add some in the editor, then choose them here.</p>
          ) : (
            <fieldset className="ai-bullets">
              <legend>
                Bullets to rewrite <span className="muted">({picked.length} of up to {maxBullets} chosen)</span>
              </legend>
              {groups.map((group) => (
                <div key={group.bullets[0]?.path} className="ai-bullets__group">
                  <p className="ai-bullets__title">{group.title}</p>
                  {group.bullets.map((bullet) => (
                    <div key={bullet.path} className="choice">
                      <input
                        type="checkbox"
                        id={`${ids}-${bullet.path}`}
                        checked={chosen.has(bullet.path)}
                        onChange={(event) => {
                          const on = event.target.checked
                          setChosen((current) => {
                            const next = new Set(current)
                            if (on) next.add(bullet.path)
                            else next.delete(bullet.path)
                            return next
                          })
                          setFormError(null)
                        }}
                      />
                      <label htmlFor={`${ids}-${bullet.path}`}>{bullet.text}</label>
                    </div>
                  ))}
                </div>
              ))}
            </fieldset>
          ))}

        {task === 'tailor' && (
          <div className="field field--wide">
            <label htmlFor={`${ids}-posting`}>Job posting</label>
            <span className="field__hint" id={`${ids}-posting-hint`}>
              Leave empty to use the job description pasted in the Analysis panel.
            </span>
            <textarea
              id={`${ids}-posting`}
              className="input"
              rows={5}
              value={jobDescription}
              aria-describedby={`${ids}-posting-hint`}
              onChange={(event) => {
                setJobDescription(event.target.value)
                setFormError(null)
              }}
            />
          </div>
        )}

        <p className="ai-privacy" id={`${ids}-privacy`}>
          {config.redactsContacts === false
            ? `Your resume text is sent to ${providerName(config)} as it is, with any contact details it contains.`
            : `Your resume text, without your name and contact details, is sent to ${providerName(config)}.`}{' '}
          <Link to="/privacy">What is sent</Link>
        </p>
        {formError && (
          <p className="form-error" role="alert">
            {formError}
          </p>
        )}
        {/* aria-disabled, not disabled: a keyboard user who just pressed it keeps focus on it while the job runs. */}
        <button
          type="submit"
          className={busy ? 'button button--disabled' : 'button'}
          aria-disabled={busy}
          aria-describedby={`${ids}-privacy`}
        >
          {busy ? 'Working…' : 'Get suggestions'}
        </button>
      </form>

      {job && (
        <JobView
          key={job.id}
          job={job}
          resume={resume}
          provider={config.provider}
          streamed={streamed}
          lost={lost}
          onFollow={follow}
          onRetry={
            lastRequest
              ? () => {
                  void start(lastRequest)
                }
              : undefined
          }
          onAccept={async (suggestion) => {
            await commit(async () => {
              const accepted = await acceptSuggestion(resumeId, job.id, suggestion.id)
              update((j) => withSuggestion(j, accepted.suggestion))
              return accepted.resume
            })
          }}
          onReject={async (suggestion) => {
            const rejected = await rejectSuggestion(resumeId, job.id, suggestion.id)
            update((j) => withSuggestion(j, rejected.suggestion))
          }}
          onDecided={(suggestion, status) => {
            update((j) => withSuggestion(j, { ...suggestion, status }))
          }}
        />
      )}
    </>
  )
}

function withSuggestion(job: AiJob, suggestion: AiSuggestion): AiJob {
  if (!job.result) return job
  return {
    ...job,
    result: { ...job.result, suggestions: job.result.suggestions.map((s) => (s.id === suggestion.id ? suggestion : s)) },
  }
}

interface JobViewProps {
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

function JobView({ job, resume, provider, streamed, lost, onFollow, onRetry, onAccept, onReject, onDecided }: JobViewProps) {
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

function SuggestionItem({
  suggestion,
  label,
  onAccept,
  onReject,
  onDecided,
}: {
  suggestion: AiSuggestion
  label: string
  onAccept: (suggestion: AiSuggestion) => Promise<void>
  onReject: (suggestion: AiSuggestion) => Promise<void>
  onDecided: (suggestion: AiSuggestion, status: 'accepted' | 'rejected') => void
}) {
  const [busy, setBusy] = useState<'accept' | 'reject' | null>(null)
  const [error, setError] = useState<string | null>(null)
  const outcome = useRef<HTMLParagraphElement>(null)

  async function decide(action: 'accept' | 'reject') {
    setBusy(action)
    setError(null)
    try {
      await (action === 'accept' ? onAccept(suggestion) : onReject(suggestion))
      // The buttons are gone; keep keyboard focus in the suggestion, on what happened.
      window.setTimeout(() => outcome.current?.focus(), 0)
    } catch (e) {
      if (e instanceof ApiError && e.problem?.type === `${problemBase}suggestion-decided`) {
        const status = /rejected/i.test(e.message) ? 'rejected' : 'accepted'
        onDecided(suggestion, status)
        window.setTimeout(() => outcome.current?.focus(), 0)
      } else {
        setError(aiErrorMessage(e))
      }
    } finally {
      setBusy(null)
    }
  }

  let status: ReactNode = null
  if (suggestion.status === 'accepted') status = 'Accepted. The editor shows the change; Undo in Versions reverts it.'
  if (suggestion.status === 'rejected') status = 'Rejected. Your resume is unchanged.'

  return (
    <li className={`ai-suggestion ai-suggestion--${suggestion.status}`}>
      <h4 className="ai-suggestion__target">
        {label}
      </h4>
      <SuggestionDiff original={suggestion.original} proposal={suggestion.proposal} />
      <p className="ai-suggestion__reason">
        <strong>Why:</strong> {suggestion.reason}
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {suggestion.status === 'pending' ? (
        <div className="ai-suggestion__actions">
          <button
            type="button"
            className="button button--small"
            disabled={busy !== null}
            aria-label={`Accept suggestion for ${label}`}
            onClick={() => void decide('accept')}
          >
            {busy === 'accept' ? 'Accepting…' : 'Accept'}
          </button>
          <button
            type="button"
            className="button button--small button--secondary"
            disabled={busy !== null}
            aria-label={`Reject suggestion for ${label}`}
            onClick={() => void decide('reject')}
          >
            {busy === 'reject' ? 'Rejecting…' : 'Reject'}
          </button>
        </div>
      ) : (
        <p ref={outcome} tabIndex={-1} className="ai-suggestion__outcome" role="status">
          {status}
        </p>
      )}
    </li>
  )
}
