import { ApiError, errorMessage } from '../../lib/api-client'
import type { AiJob } from './types'

export const problemBase = 'urn:resume-refiner:problem:'

/** Problems the AI endpoints answer, as sentences for the user rather than for the operator. */
export function aiErrorMessage(error: unknown): string {
  const type = error instanceof ApiError ? error.problem?.type : undefined
  if (type === `${problemBase}ai-budget-exhausted`) {
    return 'You have used today’s AI allowance for this workspace. It renews at midnight UTC; the offline fixes and analysis still work.'
  }
  if (type === `${problemBase}ai-disabled`) {
    return 'AI suggestions are not enabled on this server. Everything else works offline.'
  }
  return errorMessage(error)
}

/** Why a job failed, as a sentence for the user. */
export function jobErrorMessage(job: AiJob): string {
  const type = job.error?.type
  if (type === `${problemBase}ai-budget-exhausted`) return aiErrorMessage(new ApiError(429, '', { type }))
  if (type === `${problemBase}ai-malformed-reply`) return 'The AI’s answer could not be used this time. Please try again.'
  if (type === `${problemBase}not-found`) return 'This resume was deleted, so the AI job stopped.'
  const text = [job.error?.detail, job.error?.title].map((t) => t?.trim() ?? '').find((t) => t !== '') ?? 'The AI job failed. Please try again.'
  return /[.!?]$/.test(text) ? text : `${text}.`
}
