import * as Sentry from '@sentry/react'
import type { ErrorEvent } from '@sentry/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { sentryRecorder } from '../testing/sentry-recorder'
import { readSentryDsn, startMonitoring } from './monitoring'
import { scrubBreadcrumb, scrubEvent } from './sentry'

const dsn = 'https://publickey@o0.ingest.sentry.io/42'

describe('readSentryDsn (VITE_SENTRY_DSN)', () => {
  it('means off when unset or empty', () => {
    expect(readSentryDsn(undefined)).toBeUndefined()
    expect(readSentryDsn('')).toBeUndefined()
  })

  it('accepts a DSN', () => {
    expect(readSentryDsn(dsn)).toBe(dsn)
  })

  it('fails loudly, naming the variable but not echoing the value', () => {
    for (const bad of ['not a url', 'https://o0.ingest.sentry.io/42', 'ftp://key@o0.ingest.sentry.io/42', 'https://secretkey@o0.ingest.sentry.io/']) {
      expect(() => readSentryDsn(bad)).toThrow(/VITE_SENTRY_DSN/)
      expect(() => readSentryDsn(bad)).not.toThrow(/secretkey/)
    }
  })
})

describe('startMonitoring', () => {
  afterEach(async () => {
    await Sentry.close()
  })

  it('loads nothing without a DSN', async () => {
    const load = vi.fn(() => import('./sentry'))

    expect(await startMonitoring('', load)).toBe(false)
    expect(await startMonitoring(undefined, load)).toBe(false)
    expect(load).not.toHaveBeenCalled()
  })

  it('loads and starts the SDK with a DSN', async () => {
    const load = vi.fn(() => import('./sentry'))

    expect(await startMonitoring(dsn, load, { transport: sentryRecorder().transport })).toBe(true)
    expect(load).toHaveBeenCalledOnce()
    expect(Sentry.getClient()?.getOptions().dsn).toBe(dsn)
  })

  it('leaves the app running when the SDK cannot be loaded', async () => {
    expect(await startMonitoring(dsn, () => Promise.reject(new Error('blocked by an extension')))).toBe(false)
  })

  it('sends an error without console output, query strings or quoted user text', async () => {
    const recorder = sentryRecorder()
    await startMonitoring(dsn, () => import('./sentry'), { transport: recorder.transport })
    vi.spyOn(console, 'log').mockImplementation(() => undefined)
    console.log('Jane Q. Example, Senior Software Engineer at Acme Corp')
    Sentry.addBreadcrumb({ category: 'fetch', type: 'http', data: { method: 'GET', url: '/api/v1/resumes?q=jane', status_code: 200 } })

    let parseError: unknown
    try {
      JSON.parse('Jane Q. Example, Senior Software Engineer')
    } catch (error) {
      parseError = error
    }
    Sentry.captureException(parseError)
    await Sentry.flush()

    expect(recorder.events).toHaveLength(1)
    const sent = JSON.stringify(recorder.events[0])
    expect(sent).toContain('SyntaxError')
    expect(sent).not.toContain('Jane')
    expect(sent).not.toContain('q=jane')
    expect(recorder.events[0]?.breadcrumbs?.map((b) => b.category)).toEqual(['fetch'])
  })
})

describe('scrubEvent', () => {
  it('drops request bodies, cookies, query strings, headers, user details and extra data', () => {
    const event: ErrorEvent = {
      type: undefined,
      request: {
        url: 'https://resumes.example.com/resumes/42?token=abc#top',
        data: '{"basics":{"name":"Jane Q. Example"}}',
        cookies: { rr_workspace: 'secret' },
        query_string: 'token=abc',
        headers: { Authorization: 'Bearer secret', 'User-Agent': 'test' },
      },
      user: { email: 'jane.example@example.com', ip_address: '203.0.113.9' },
      extra: { resume: 'Jane Q. Example' },
      message: `Could not save "Jane Q. Example"`,
      exception: { values: [{ type: 'SyntaxError', value: `Unexpected token 'J', "Jane Q. Ex"... is not valid JSON` }] },
    }

    const scrubbed = scrubEvent(event)

    expect(scrubbed.request).toEqual({ url: 'https://resumes.example.com/resumes/42' })
    expect(scrubbed.user).toBeUndefined()
    expect(scrubbed.extra).toBeUndefined()
    expect(scrubbed.message).toBe('Could not save "[redacted]"')
    expect(scrubbed.exception?.values?.[0]?.value).toBe('Unexpected token "[redacted]", "[redacted]"... is not valid JSON')
  })

  it('keeps only the kind, method, path and status of breadcrumbs and drops console ones', () => {
    expect(scrubBreadcrumb({ category: 'console', level: 'log', message: 'Jane Q. Example' })).toBeNull()
    expect(
      scrubBreadcrumb({ category: 'xhr', type: 'http', data: { method: 'POST', url: '/api/v1/resumes?x=1', status_code: 201, body: 'cv' } }),
    ).toEqual({ category: 'xhr', type: 'http', data: { method: 'POST', url: '/api/v1/resumes', status_code: 201 } })
    expect(scrubBreadcrumb({ category: 'ui.click', message: 'button[aria-label="Delete Jane Q. Example"]' })).toEqual({ category: 'ui.click' })
    expect(scrubBreadcrumb({ category: 'navigation', data: { from: '/', to: '/resumes/42?tab=ai' } })).toEqual({
      category: 'navigation',
      data: { from: '/', to: '/resumes/42' },
    })
  })
})
