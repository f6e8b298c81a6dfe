import { useCallback, useEffect, useState } from 'react'
import { apiCredentials, errorMessage, isAbort } from '../../../lib/api-client'
import { aiJobEventsUrl, getAiJob, getAiJobs } from '../api/ai-jobs'
import type { AiJob } from '../types'

export function isFinished(job: AiJob): boolean {
  return job.status === 'completed' || job.status === 'failed' || job.status === 'dead'
}

// Polling is only the fallback when the event stream fails; API requests are rate-limited per client.
const pollMs = 1500
const maxPollFailures = 3
// The streamed reply is a progress sign, not something to read in full; keep the DOM small.
const maxStreamed = 2000

export interface AiJobState {
  job: AiJob | null
  /** Text the model has written so far, while it streams (the tail of it). */
  streamed: string
  /** Set when the job could not be followed any more; `follow()` tries again. */
  lost: string | null
  /** Shows a job just created, and follows it until it finishes. */
  show: (job: AiJob) => void
  /** Changes the shown job, e.g. a suggestion's status after accepting it. */
  update: (change: (job: AiJob) => AiJob) => void
  follow: () => void
}

/**
 * The AI job shown in the panel, kept up to date from the job's server-sent events; if EventSource is missing or
 * the stream fails, by polling the job. On mount, the resume's latest job is shown again when it is still running or
 * has suggestions waiting for a decision, so a reload loses nothing.
 */
export function useAiJob(resumeId: string, enabled: boolean): AiJobState {
  const [job, setJob] = useState<AiJob | null>(null)
  const [streamed, setStreamed] = useState('')
  const [lost, setLost] = useState<string | null>(null)
  const [attempt, setAttempt] = useState(0)

  useEffect(() => {
    if (!enabled) return
    const controller = new AbortController()
    void (async () => {
      try {
        const latest = (await getAiJobs(resumeId, controller.signal)).items[0]
        if (!latest) return
        const found = await getAiJob(resumeId, latest.id, controller.signal)
        const waiting = !isFinished(found) || (found.result?.suggestions.some((s) => s.status === 'pending') ?? false)
        if (waiting && !controller.signal.aborted) setJob((current) => current ?? found)
      } catch {
        // Nothing to bring back; the panel works without it.
      }
    })()
    return () => {
      controller.abort()
    }
  }, [resumeId, enabled])

  const followId = job !== null && !isFinished(job) && lost === null ? job.id : null

  useEffect(() => {
    if (followId === null) return
    const jobId = followId
    let stopped = false
    let source: EventSource | null = null
    let timer: number | undefined
    const controller = new AbortController()

    const receive = (next: AiJob) => {
      if (!stopped) setJob((current) => (current?.id === next.id ? next : current))
    }

    const poll = (failures: number) => {
      timer = window.setTimeout(() => {
        getAiJob(resumeId, jobId, controller.signal).then(
          (next) => {
            receive(next)
            if (!isFinished(next) && !stopped) poll(0)
          },
          (error: unknown) => {
            if (stopped || isAbort(error)) return
            if (failures + 1 >= maxPollFailures) setLost(errorMessage(error))
            else poll(failures + 1)
          },
        )
      }, pollMs)
    }

    const parse = (event: MessageEvent<unknown>): AiJob | null => {
      try {
        return typeof event.data === 'string' ? (JSON.parse(event.data) as AiJob) : null
      } catch {
        return null
      }
    }

    if (typeof EventSource === 'undefined') {
      poll(0)
    } else {
      const events = new EventSource(aiJobEventsUrl(resumeId, jobId), { withCredentials: apiCredentials === 'include' })
      source = events
      events.addEventListener('status', (event) => {
        const next = parse(event)
        if (next) receive(next)
      })
      events.addEventListener('delta', (event) => {
        try {
          const data = JSON.parse(typeof event.data === 'string' ? event.data : 'null') as { text?: unknown } | null
          const text = data?.text
          if (typeof text === 'string' && !stopped) setStreamed((s) => (s + text).slice(-maxStreamed))
        } catch {
          // A malformed chunk only costs a bit of the preview.
        }
      })
      events.addEventListener('done', (event) => {
        events.close()
        const next = parse(event)
        if (next) receive(next)
        else poll(0)
      })
      // The stream failed (or the server ended it early): the job row is the truth, so ask for it instead.
      events.onerror = () => {
        events.close()
        if (!stopped) poll(0)
      }
    }

    return () => {
      stopped = true
      source?.close()
      window.clearTimeout(timer)
      controller.abort()
    }
  }, [resumeId, followId, attempt])

  const show = useCallback((next: AiJob) => {
    setStreamed('')
    setLost(null)
    setJob(next)
  }, [])
  const update = useCallback((change: (job: AiJob) => AiJob) => {
    setJob((current) => (current ? change(current) : current))
  }, [])
  const follow = useCallback(() => {
    setLost(null)
    setAttempt((n) => n + 1)
  }, [])

  return { job, streamed, lost, show, update, follow }
}
