import type { ProblemDetails } from '../types/api'
import { apiBaseUrl } from './env'

export function apiUrl(path: string): string {
  return `${apiBaseUrl}${path}`
}

/** Same origin needs no CORS credentials mode; a split deployment must opt in to send the cookie. */
export const apiCredentials: RequestCredentials = apiBaseUrl === '' ? 'same-origin' : 'include'

/** A failed API call, carrying a sentence that can be shown to the user as it is. */
export class ApiError extends Error {
  readonly status: number
  readonly problem: ProblemDetails | null

  constructor(status: number, message: string, problem: ProblemDetails | null = null) {
    super(message)
    this.name = 'ApiError'
    this.status = status
    this.problem = problem
  }
}

const fallbackMessages: Record<number, string> = {
  0: 'The server could not be reached. Check your connection and try again.',
  400: 'The request was not valid.',
  404: 'We could not find that. It may have been deleted.',
  413: 'The file is too large.',
  415: 'That type of file is not supported.',
  422: 'The file could not be read.',
  429: 'Too many requests. Please wait a moment and try again.',
}

function asSentence(text: string): string {
  const trimmed = text.trim()
  return /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`
}

/** A non-blank string from an untrusted JSON value, else undefined. */
function textOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined
}

function parseProblem(body: string, contentType: string | null): ProblemDetails | null {
  if (!body || !contentType || !/json/i.test(contentType)) return null
  try {
    const parsed: unknown = JSON.parse(body)
    return parsed !== null && typeof parsed === 'object' ? parsed : null
  } catch {
    return null
  }
}

/** Turns an error response into an ApiError whose message is the problem's detail, else its title. */
export function errorFromResponse(status: number, body: string, contentType: string | null): ApiError {
  const problem = parseProblem(body, contentType)
  const text =
    textOf(problem?.detail) ??
    textOf(problem?.title) ??
    fallbackMessages[status] ??
    (status >= 500 ? 'Something went wrong on our side. Please try again.' : `The request failed (status ${status}).`)
  return new ApiError(status, asSentence(text), problem)
}

export function networkError(): ApiError {
  return new ApiError(0, fallbackMessages[0] ?? 'The server could not be reached.')
}

/** A sentence to show for anything thrown by an API call. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message
  return 'Something unexpected went wrong. Please try again.'
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError'
}

/** fetch for the JSON API: sends the workspace cookie, throws ApiError on failure, returns the parsed body. */
export async function apiFetch<T>(path: string, init: RequestInit = {}): Promise<T> {
  const headers = new Headers(init.headers)
  if (!headers.has('Accept')) headers.set('Accept', 'application/json, application/problem+json')
  let response: Response
  try {
    response = await fetch(apiUrl(path), { ...init, headers, credentials: apiCredentials })
  } catch (error) {
    if (isAbort(error)) throw error
    throw networkError()
  }
  if (!response.ok) {
    const body = await response.text().catch(() => '')
    throw errorFromResponse(response.status, body, response.headers.get('Content-Type'))
  }
  if (response.status === 204) return undefined as T
  return (await response.json()) as T
}
