import { describe, expect, it } from 'vitest'
import { jsonResponse, mockFetch, problemResponse } from '../../../testing/api-mocks'
import { fallbackConfig, getConfig, getServerConfig } from './get-config'

describe('getConfig', () => {
  it('reads the limits, the AI settings and the data-handling facts', async () => {
    mockFetch({
      'GET /api/v1/config': () =>
        jsonResponse({
          maxFileSize: 2048,
          acceptedExtensions: ['PDF', '.docx'],
          aiEnabled: true,
          ai: { enabled: true, provider: 'anthropic', model: 'claude-sonnet-4-5', redactsContacts: true },
          retentionDays: 7,
          errorReporting: true,
        }),
    })

    expect(await getConfig()).toEqual({
      maxFileSize: 2048,
      acceptedExtensions: ['.pdf', '.docx'],
      aiEnabled: true,
      ai: { enabled: true, provider: 'anthropic', model: 'claude-sonnet-4-5', redactsContacts: true },
      retentionDays: 7,
      errorReporting: true,
    })
  })

  it.each([0, -3, 2.5, '7', null])('promises no retention when the server sends %s', async (retentionDays) => {
    mockFetch({ 'GET /api/v1/config': () => jsonResponse({ maxFileSize: 2048, retentionDays, errorReporting: 'yes' }) })

    const config = await getConfig()

    expect(config.retentionDays).toBeUndefined()
    expect(config.errorReporting).toBe(false)
  })

  it('falls back to the defaults when the server cannot answer, except for the privacy page', async () => {
    mockFetch({ 'GET /api/v1/config': () => problemResponse(503, { title: 'Service unavailable' }) })

    expect(await getConfig()).toEqual(fallbackConfig)
    expect(fallbackConfig.retentionDays).toBeUndefined()
    await expect(getServerConfig()).rejects.toThrow()
  })
})
