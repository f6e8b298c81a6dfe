import { apiFetch } from './api-client'

export type FeedbackKind = 'finding' | 'fix' | 'suggestion' | 'export'
export type ItemVerdict = 'helpful' | 'not-helpful'
export type ExportVerdict = 'good' | 'okay' | 'poor'
export type FeedbackReason = 'wrong' | 'unclear' | 'not-relevant' | 'changed-meaning' | 'other'

export interface FeedbackRequest {
  kind: FeedbackKind
  /** The rule id (a finding's `rule`, a fix's kind, an AI task); never text of the resume. */
  rule: string
  verdict: ItemVerdict | ExportVerdict
  reason?: FeedbackReason
}

/** POST /api/v1/feedback: records a verdict (rule id and choice only) for the product's own tuning. */
export async function sendFeedback(request: FeedbackRequest): Promise<void> {
  await apiFetch<undefined>('/api/v1/feedback', { method: 'POST', body: JSON.stringify(request), headers: { 'Content-Type': 'application/json' } })
}
