import * as Sentry from '@sentry/react'
import { render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { startMonitoring } from '../lib/monitoring'
import { sentryRecorder } from '../testing/sentry-recorder'
import { ErrorBoundary } from './error-boundary'

function Broken(): never {
  throw new TypeError('Cannot read properties of undefined (reading "work")')
}

describe('ErrorBoundary', () => {
  afterEach(async () => {
    await Sentry.close()
  })

  it('shows a way out instead of a blank page, and reports nothing when monitoring is off', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const load = vi.fn(() => import('../lib/sentry'))
    await startMonitoring('', load)

    render(
      <ErrorBoundary>
        <Broken />
      </ErrorBoundary>,
    )

    expect(screen.getByRole('alert')).toHaveTextContent(/Something went wrong on this page/)
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument()
    expect(load).not.toHaveBeenCalled()
  })

  it('reports the error it caught to Sentry with the component stack when monitoring is on', async () => {
    const recorder = sentryRecorder()
    await startMonitoring('https://publickey@o0.ingest.sentry.io/42', () => import('../lib/sentry'), { transport: recorder.transport })
    vi.spyOn(console, 'error').mockImplementation(() => undefined)

    render(
      <ErrorBoundary>
        <Broken />
      </ErrorBoundary>,
    )
    await vi.waitFor(() => {
      expect(recorder.events).toHaveLength(1)
    })

    const event = recorder.events[0]
    expect(event?.exception?.values?.map((e) => e.type)).toContain('TypeError')
    // The React SDK chains the component stack to the error as its cause.
    const componentStack = event?.exception?.values?.find((e) => e.type?.startsWith('React ErrorBoundary'))
    expect(componentStack?.stacktrace?.frames?.map((f) => f.function)).toContain('Broken')
    expect(screen.getByRole('alert')).toBeInTheDocument()
  })
})
