import { apiFetch } from '../../../lib/api-client'
import type { AnalysisDetail, AnalysisList } from '../../../types/api'

export function analysesPath(resumeId: string): string {
  return `/api/v1/resumes/${encodeURIComponent(resumeId)}/analyses`
}

/** POST /api/v1/resumes/{id}/analyses: analyses the current version, against a job posting when given. */
export function createAnalysis(resumeId: string, jobDescription: string | null): Promise<AnalysisDetail> {
  return apiFetch<AnalysisDetail>(analysesPath(resumeId), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ jobDescription }),
  })
}

/** GET /api/v1/resumes/{id}/analyses: earlier analyses, newest first. */
export function getAnalyses(resumeId: string, signal?: AbortSignal): Promise<AnalysisList> {
  return apiFetch<AnalysisList>(analysesPath(resumeId), { signal: signal ?? null })
}

export function getAnalysis(resumeId: string, analysisId: string, signal?: AbortSignal): Promise<AnalysisDetail> {
  return apiFetch<AnalysisDetail>(`${analysesPath(resumeId)}/${encodeURIComponent(analysisId)}`, { signal: signal ?? null })
}
