import { describe, expect, it } from 'vitest'
import { jsonResponse, mockFetch, problemResponse } from '../testing/api-mocks'
import { fallbackConfig, fetchClientConfig } from './client-config'

describe('fetchClientConfig', () => {
  it('reads the limits, the AI settings and the data-handling facts', async () => {
    mockFetch({
      'GET /api/v1/config': () =>
        jsonResponse({
          maxFileSize: 2048,
          acceptedExtensions: ['PDF', '.docx'],
          ai: { enabled: true, provider: 'anthropic', model: 'claude-sonnet-4-5', redactsContacts: true },
          retentionDays: 7,
          errorReporting: true,
        }),
    })

    expect(await fetchClientConfig()).toEqual({
      maxFileSize: 2048,
      acceptedExtensions: ['.pdf', '.docx'],
      ai: { enabled: true, provider: 'anthropic', model: 'claude-sonnet-4-5', redactsContacts: true },
      retentionDays: 7,
      errorReporting: true,
    })
  })

  it.each([0, -3, 2.5, '7', null])('promises no retention when the server sends %s', async (retentionDays) => {
    mockFetch({ 'GET /api/v1/config': () => jsonResponse({ maxFileSize: 2048, retentionDays, errorReporting: 'yes' }) })

    const config = await fetchClientConfig()

    expect(config.retentionDays).toBeUndefined()
    expect(config.errorReporting).toBe(false)
  })

  it('fails when the server cannot answer, leaving the fallback to the page; the fallback promises no retention', async () => {
    mockFetch({ 'GET /api/v1/config': () => problemResponse(503, { title: 'Service unavailable' }) })

    await expect(fetchClientConfig()).rejects.toThrow()
    expect(fallbackConfig.retentionDays).toBeUndefined()
  })
})
