// The Sentry side of error reporting, loaded on demand by monitoring.ts only when a DSN is configured. Importing just
// what is used lets the bundler leave out the rest of the SDK (session replay, feedback, tracing).
import { captureReactException, init } from '@sentry/react'
import type { Breadcrumb, BrowserOptions, ErrorEvent } from '@sentry/react'

export { captureReactException }

// Quoted fragments in error messages can be user data: V8 quotes the start of the text that JSON.parse rejected.
const quoted = /"[^"]*"|'[^']*'|`[^`]*`/g
const redactQuoted = (text: string) => text.replace(quoted, '"[redacted]"')

/** A URL without its query string or fragment (they may carry search terms or tokens). */
function withoutQuery(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined
  return url.split(/[?#]/, 1)[0]
}

/**
 * What may leave the browser: the error, its stack, the page path and the breadcrumbs' kinds. Never request bodies,
 * cookies, query strings, user details, console output or free text that could be part of a resume.
 */
export function scrubEvent(event: ErrorEvent): ErrorEvent {
  if (event.request) {
    event.request = { url: withoutQuery(event.request.url) }
  }
  delete event.user
  delete event.extra
  if (event.message) event.message = redactQuoted(event.message)
  for (const exception of event.exception?.values ?? []) {
    if (exception.value) exception.value = redactQuoted(exception.value)
  }
  if (event.breadcrumbs) {
    event.breadcrumbs = event.breadcrumbs.map(scrubBreadcrumb).filter((b): b is Breadcrumb => b !== null)
  }
  return event
}

/** Keeps a breadcrumb's kind and, for requests and navigation, its method, path and status; drops console ones. */
export function scrubBreadcrumb(breadcrumb: Breadcrumb): Breadcrumb | null {
  if (breadcrumb.category === 'console') return null
  const data = breadcrumb.data ?? {}
  const kept: Breadcrumb = { category: breadcrumb.category, type: breadcrumb.type, level: breadcrumb.level, timestamp: breadcrumb.timestamp }
  if (breadcrumb.category === 'fetch' || breadcrumb.category === 'xhr') {
    kept.data = { method: data.method as unknown, url: withoutQuery(data.url), status_code: data.status_code as unknown }
  } else if (breadcrumb.category === 'navigation') {
    kept.data = { from: withoutQuery(data.from), to: withoutQuery(data.to) }
  }
  return kept
}

export function startSentry(dsn: string, options: Partial<BrowserOptions>) {
  init({
    dsn,
    environment: import.meta.env.MODE,
    // Collect nothing about the user or the requests; beforeSend scrubs whatever an integration adds anyway.
    dataCollection: { userInfo: false, cookies: false, httpHeaders: false, httpBodies: [], urlQueryParams: false, stackFrameVariables: false },
    beforeSend: scrubEvent,
    beforeBreadcrumb: scrubBreadcrumb,
    ...options,
  })
}
