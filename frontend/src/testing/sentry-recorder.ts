import type { BrowserOptions, ErrorEvent } from '@sentry/react'

/**
 * A Sentry transport (the SDK's documented `transport` option) that keeps the events it is handed instead of
 * sending them: the real SDK, with its integrations and our beforeSend, runs up to the network.
 */
export function sentryRecorder() {
  const events: ErrorEvent[] = []
  const transport: NonNullable<BrowserOptions['transport']> = () => ({
    send(envelope) {
      for (const [header, payload] of envelope[1]) {
        if (header.type === 'event') events.push(payload as ErrorEvent)
      }
      return Promise.resolve({})
    },
    flush: () => Promise.resolve(true),
  })
  return { events, transport }
}
