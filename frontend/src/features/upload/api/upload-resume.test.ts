import { afterEach, describe, expect, it, vi } from 'vitest'
import { FakeXhr } from '../../../testing/api-mocks'

// The API base is read once when the modules load, so the upload module is loaded afresh with its own environment.
async function loadWith(apiUrl: string) {
  vi.stubEnv('VITE_API_URL', apiUrl)
  vi.resetModules()
  return import('./upload-resume')
}

describe('uploadResume and VITE_API_URL', () => {
  afterEach(() => {
    vi.unstubAllEnvs()
    vi.resetModules()
  })

  it('goes to the configured API origin with the workspace cookie in a split deployment', async () => {
    const { uploadResume } = await loadWith('https://api.example.com/')

    FakeXhr.install()
    void uploadResume(new File(['cv'], 'cv.txt', { type: 'text/plain' })).catch(() => undefined)
    expect(FakeXhr.latest().url).toBe('https://api.example.com/api/v1/resumes')
    expect(FakeXhr.latest().withCredentials).toBe(true)
  })
})
