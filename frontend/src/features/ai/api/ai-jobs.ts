import { apiFetch, apiUrl } from '../../../lib/api-client'
import type { AcceptedSuggestion, AiJob, AiJobRequest, AiJobSummary, AiSuggestion } from '../types'

export function aiJobsPath(resumeId: string): string {
  return `/api/v1/resumes/${encodeURIComponent(resumeId)}/ai/jobs`
}

function jobPath(resumeId: string, jobId: string): string {
  return `${aiJobsPath(resumeId)}/${encodeURIComponent(jobId)}`
}

function postJson<T>(path: string, body?: unknown): Promise<T> {
  if (body === undefined) return apiFetch<T>(path, { method: 'POST' })
  return apiFetch<T>(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
}

/** POST /api/v1/resumes/{id}/ai/jobs: queues an AI task on the resume's current version. */
export function createAiJob(resumeId: string, request: AiJobRequest): Promise<AiJob> {
  return postJson<AiJob>(aiJobsPath(resumeId), request)
}

/** GET /api/v1/resumes/{id}/ai/jobs: the resume's AI jobs, newest first. */
export function getAiJobs(resumeId: string, signal?: AbortSignal): Promise<{ items: AiJobSummary[] }> {
  return apiFetch<{ items: AiJobSummary[] }>(aiJobsPath(resumeId), { signal: signal ?? null })
}

export function getAiJob(resumeId: string, jobId: string, signal?: AbortSignal): Promise<AiJob> {
  return apiFetch<AiJob>(jobPath(resumeId, jobId), { signal: signal ?? null })
}

/** The job's server-sent events: `status` and `done` carry the job, `delta` streamed text. */
export function aiJobEventsUrl(resumeId: string, jobId: string): string {
  return apiUrl(`${jobPath(resumeId, jobId)}/events`)
}

/** Applies one suggestion as a new resume version; answers the suggestion and the new resume. */
export function acceptSuggestion(resumeId: string, jobId: string, suggestionId: string): Promise<AcceptedSuggestion> {
  return postJson<AcceptedSuggestion>(`${jobPath(resumeId, jobId)}/suggestions/${encodeURIComponent(suggestionId)}/accept`)
}

export function rejectSuggestion(resumeId: string, jobId: string, suggestionId: string): Promise<{ suggestion: AiSuggestion }> {
  return postJson<{ suggestion: AiSuggestion }>(`${jobPath(resumeId, jobId)}/suggestions/${encodeURIComponent(suggestionId)}/reject`)
}
