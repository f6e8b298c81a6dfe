// Test doubles at the network boundary: fetch for JSON calls, XMLHttpRequest for uploads.
import { vi } from 'vitest'
import type { ProblemDetails, ResumeDetail } from '../types/api'

export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })
}

export function problemResponse(status: number, problem: ProblemDetails): Response {
  return new Response(JSON.stringify({ status, traceId: '00-abc-def-01', ...problem }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  })
}

type Handler = (request: { method: string; url: string; init: RequestInit | undefined }) => Response | Promise<Response>

/**
 * Replaces fetch with a table of "METHOD /path" → handler. An unexpected call fails the test loudly.
 * Returns the mock so tests can assert on calls.
 */
export function mockFetch(handlers: Record<string, Handler>) {
  const fetchMock = vi.fn((input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
    const method = (init?.method ?? 'GET').toUpperCase()
    const path = new URL(url, 'http://localhost').pathname
    const handler = handlers[`${method} ${path}`]
    if (!handler) return Promise.reject(new Error(`Unexpected request: ${method} ${path}`))
    return Promise.resolve(handler({ method, url, init }))
  })
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

/** A controllable XMLHttpRequest: the test decides when progress happens and what the server answers. */
export class FakeXhr {
  static instances: FakeXhr[] = []

  readonly upload = new EventTarget()
  method = ''
  url = ''
  body: unknown = null
  withCredentials = false
  status = 0
  responseText = ''
  readonly requestHeaders: Record<string, string> = {}
  private readonly events = new EventTarget()
  private responseHeaders: Record<string, string> = {}

  constructor() {
    FakeXhr.instances.push(this)
  }

  static install(): void {
    FakeXhr.instances = []
    vi.stubGlobal('XMLHttpRequest', FakeXhr)
  }

  static latest(): FakeXhr {
    const xhr = FakeXhr.instances.at(-1)
    if (!xhr) throw new Error('No upload was started.')
    return xhr
  }

  open(method: string, url: string): void {
    this.method = method
    this.url = url
  }

  setRequestHeader(name: string, value: string): void {
    this.requestHeaders[name] = value
  }

  send(body: unknown): void {
    this.body = body
  }

  addEventListener(type: string, listener: EventListener): void {
    this.events.addEventListener(type, listener)
  }

  getResponseHeader(name: string): string | null {
    return this.responseHeaders[name.toLowerCase()] ?? null
  }

  abort(): void {
    this.events.dispatchEvent(new Event('abort'))
  }

  // Controls for the test.
  progress(loaded: number, total: number): void {
    this.upload.dispatchEvent(new ProgressEvent('progress', { lengthComputable: true, loaded, total }))
  }

  /** Part of a streamed answer arrives: the text so far grows by `chunk` and a download progress event fires. */
  receive(status: number, chunk: string, contentType: string): void {
    this.status = status
    this.responseText += chunk
    this.responseHeaders = { 'content-type': contentType }
    this.events.dispatchEvent(new ProgressEvent('progress'))
  }

  /** The streamed answer is complete. */
  finish(): void {
    this.events.dispatchEvent(new Event('load'))
  }

  respond(status: number, body: unknown, contentType = 'application/json'): void {
    this.status = status
    this.responseText = typeof body === 'string' ? body : JSON.stringify(body)
    this.responseHeaders = { 'content-type': contentType }
    this.events.dispatchEvent(new Event('load'))
  }
}

export function resumeDetail(overrides: Partial<ResumeDetail> = {}): ResumeDetail {
  return {
    id: 'r1',
    fileName: 'ada-lovelace.pdf',
    createdAt: '2026-11-20T10:15:00Z',
    updatedAt: '2026-11-20T10:15:00Z',
    version: 1,
    resume: { basics: { name: 'Ada Lovelace' } },
    confidence: [],
    ...overrides,
  }
}
