// Shapes of the AI endpoints (docs/ai.md). Only this feature uses them.
import type { ResumeDetail } from '../../types/api'

export type AiTask = 'rewriteBullets' | 'tailor' | 'summary' | 'review'
/**
 * `retrying`: the provider failed for now; the offline suggestions are in `result` and the AI is asked again at
 * `nextAttemptAt`. `dead`: out of attempts; the offline suggestions are the final answer.
 */
export type AiJobStatus = 'queued' | 'running' | 'retrying' | 'completed' | 'failed' | 'dead'
export type AiJobStage = 'queued' | 'preparing' | 'calling-model' | 'validating' | 'done'
export type SuggestionStatus = 'pending' | 'accepted' | 'rejected'

export interface AiSuggestion {
  id: string
  /** A resume path such as `work[0].highlights[1]` or `basics.summary`. */
  target: string
  original: string
  proposal: string
  reason: string
  status: SuggestionStatus
}

export interface AiJobResult {
  /** `cache`: the same request was answered before; `offline`: the provider was unavailable. */
  source: 'ai' | 'cache' | 'offline'
  notice: string | null
  /** The overall assessment of a review. */
  overview: string | null
  suggestions: AiSuggestion[]
  /** Suggestions dropped by the server's checks (unknown field, text not matching, invented numbers). */
  discarded: number
}

export interface AiJob {
  id: string
  resumeId: string
  resumeVersion: number
  task: AiTask
  status: AiJobStatus
  stage: AiJobStage
  /** 0–100 */
  progress: number
  createdAt: string
  startedAt?: string | null
  finishedAt?: string | null
  /** Set once there are suggestions: when the job completes, or the offline ones while the AI is retried. */
  result: AiJobResult | null
  error: { type: string; title: string; detail: string } | null
  attempts?: number
  /** When the AI is asked again (status `retrying`). */
  nextAttemptAt?: string | null
}

export interface AiJobSummary {
  id: string
  task: AiTask
  status: AiJobStatus
  progress: number
  createdAt: string
  source: string | null
}

export interface AiJobRequest {
  task: AiTask
  targets?: string[]
  jobDescription?: string
}

export interface AcceptedSuggestion {
  suggestion: AiSuggestion
  resume: ResumeDetail
}
