import { useState } from 'react'
import type { AiConfig, ResumeDetail } from '../../../types/api'
import type { JsonResume } from '../../../types/json-resume'
import { aiErrorMessage } from '../ai-errors'
import { acceptSuggestion, createAiJob, rejectSuggestion } from '../api/ai-jobs'
import { isFinished, useAiJob } from '../hooks/use-ai-job'
import type { AiJob, AiJobRequest, AiSuggestion } from '../types'
import { AiJobView } from './ai-job-view'
import { AiTaskForm } from './ai-task-form'

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
  const [starting, setStarting] = useState(false)
  const [formError, setFormError] = useState<string | null>(null)
  const [lastRequest, setLastRequest] = useState<AiJobRequest | null>(null)
  const { job, streamed, lost, show, update, follow } = useAiJob(resumeId, true)
  // A job showing offline suggestions while the AI is retried leaves the form free for another request.
  const running = job !== null && !isFinished(job) && job.result === null

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
      <AiTaskForm
        resume={resume}
        config={config}
        busy={busy}
        error={formError}
        onError={setFormError}
        analysisJobDescription={analysisJobDescription}
        onSubmit={(request) => {
          void start(request)
        }}
      />

      {job && (
        <AiJobView
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
