// Error reporting to Sentry, only when the build sets VITE_SENTRY_DSN. The SDK (./sentry) is loaded with a dynamic
// import after start-up, so a build without a DSN never downloads it and the first page load carries none of it.
import type { ErrorInfo } from 'react'
import type { BrowserOptions } from '@sentry/react'
import type * as SentryModule from './sentry'

type Sentry = typeof SentryModule

/** VITE_SENTRY_DSN: empty means off; anything else must look like a DSN (https://<key>@<host>/<project>). */
export function readSentryDsn(raw: unknown): string | undefined {
  if (raw === undefined || raw === '') return undefined
  const invalid = 'VITE_SENTRY_DSN must be a Sentry DSN such as https://<key>@o0.ingest.sentry.io/<project>, or empty.'
  if (typeof raw !== 'string') throw new Error(invalid)
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new Error(invalid)
  }
  // The value is never echoed: its key part is a credential.
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.username === '' || url.pathname.length < 2) throw new Error(invalid)
  return raw
}

let sdk: Promise<Sentry | undefined> = Promise.resolve(undefined)

/**
 * Starts Sentry when a DSN is configured and resolves to whether it did. Without a DSN nothing is loaded; a failure
 * to load the SDK (blocked by an extension, offline) leaves the app running without it.
 */
export function startMonitoring(
  rawDsn: unknown,
  load: () => Promise<Sentry> = () => import('./sentry'),
  options: Partial<BrowserOptions> = {},
): Promise<boolean> {
  const dsn = readSentryDsn(rawDsn)
  if (dsn === undefined) {
    sdk = Promise.resolve(undefined)
    return Promise.resolve(false)
  }
  sdk = load()
    .then((sentry) => {
      sentry.startSentry(dsn, options)
      return sentry
    })
    .catch(() => undefined)
  return sdk.then((loaded) => loaded !== undefined)
}

/** Reports an error an error boundary caught; a no-op when monitoring is off. */
export function reportCaughtError(error: unknown, info: ErrorInfo): void {
  void sdk.then((sentry) => sentry?.captureReactException(error, info))
}
