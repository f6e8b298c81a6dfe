import { afterEach, describe, expect, it, vi } from 'vitest'
import { jsonResponse, mockFetch } from '../testing/api-mocks'
import { readApiBase } from './env'

describe('readApiBase (VITE_API_URL)', () => {
  it('means the same origin when unset or empty', () => {
    expect(readApiBase(undefined)).toBe('')
    expect(readApiBase('')).toBe('')
  })

  it('accepts an absolute http(s) URL and drops trailing slashes', () => {
    expect(readApiBase('https://api.example.com/')).toBe('https://api.example.com')
    expect(readApiBase('http://localhost:8080')).toBe('http://localhost:8080')
  })

  it('fails loudly, naming the variable, for anything else', () => {
    expect(() => readApiBase('api.example.com')).toThrow(/VITE_API_URL/)
    expect(() => readApiBase('ftp://api.example.com')).toThrow(/VITE_API_URL/)
  })
})

// The base is read once when the modules load, so each case loads them afresh with its own environment.
async function loadWith(apiUrl: string) {
  vi.stubEnv('VITE_API_URL', apiUrl)
  vi.resetModules()
  return import('./api-client')
}

describe('API calls and VITE_API_URL', () => {
  afterEach(() => {
    vi.unstubAllEnvs()
    vi.resetModules()
  })

  it('stay on the same origin by default, without cross-origin credentials', async () => {
    const client = await loadWith('')
    const fetchMock = mockFetch({ 'GET /api/v1/resumes': () => jsonResponse({ items: [] }) })

    await client.apiFetch('/api/v1/resumes')

    expect(fetchMock).toHaveBeenCalledWith('/api/v1/resumes', expect.objectContaining({ credentials: 'same-origin' }))
    expect(client.apiUrl('/api/v1/resumes/1/export?format=pdf')).toBe('/api/v1/resumes/1/export?format=pdf')
  })

  it('go to the configured API origin with the workspace cookie in a split deployment', async () => {
    const client = await loadWith('https://api.example.com/')
    const fetchMock = mockFetch({ 'GET /api/v1/resumes': () => jsonResponse({ items: [] }) })

    await client.apiFetch('/api/v1/resumes')

    expect(fetchMock).toHaveBeenCalledWith('https://api.example.com/api/v1/resumes', expect.objectContaining({ credentials: 'include' }))
    expect(client.apiUrl('/api/v1/resumes/1/file')).toBe('https://api.example.com/api/v1/resumes/1/file')
  })
})
