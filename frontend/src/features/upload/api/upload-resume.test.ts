import { afterEach, describe, expect, it, vi } from 'vitest'
import { FakeXhr, resumeDetail } from '../../../testing/api-mocks'

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

describe('the upload progress stream', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  const ndjson = 'application/x-ndjson'
  const line = (value: unknown) => `${JSON.stringify(value)}\n`

  it('reads only complete lines, and goes on from where it stopped', async () => {
    const { readStreamLines } = await import('./upload-resume')
    const text = `${line({ progress: { pagesRead: 0, pages: 2 } })}{"progress":{"pagesRe`

    const first = readStreamLines(text)
    expect(first.lines).toEqual([{ progress: { pagesRead: 0, pages: 2 } }])

    const more = `${text}ad":1,"pages":2}}\n`
    expect(readStreamLines(more, first.next).lines).toEqual([{ progress: { pagesRead: 1, pages: 2 } }])
    expect(readStreamLines(text, first.next)).toEqual({ lines: [], next: first.next })
  })

  it('asks for the stream, reports each page and resolves with the resume of the last line', async () => {
    const { uploadResume } = await import('./upload-resume')
    FakeXhr.install()
    const reading = vi.fn()
    const uploaded = uploadResume(new File(['%PDF'], 'scan.pdf'), { onReading: reading })
    const xhr = FakeXhr.latest()
    expect(xhr.requestHeaders.Accept).toBe('application/x-ndjson, application/json, application/problem+json')

    xhr.receive(200, line({ progress: { pagesRead: 0, pages: 2 } }) + '{"progress":', ndjson)
    expect(reading.mock.calls).toEqual([[{ pagesRead: 0, pages: 2 }]])
    xhr.receive(200, `{"pagesRead":1,"pages":2}}\n${line({ progress: { pagesRead: 2, pages: 2 } })}`, ndjson)
    xhr.receive(200, line({ status: 201, resume: resumeDetail({ id: 'r9' }) }), ndjson)
    xhr.finish()

    expect((await uploaded).id).toBe('r9')
    expect(reading.mock.calls).toEqual([[{ pagesRead: 0, pages: 2 }], [{ pagesRead: 1, pages: 2 }], [{ pagesRead: 2, pages: 2 }]])
  })

  it('rejects with the same ApiError as a plain problem answer when the last line is a problem', async () => {
    const { uploadResume } = await import('./upload-resume')
    const { ApiError } = await import('../../../lib/api-client')
    FakeXhr.install()
    const problem = {
      type: 'urn:resume-refiner:problem:unreadable-document.notextlayer',
      title: 'The document cannot be read',
      status: 422,
      detail: 'The scan was read, but no text was found in it.',
      traceId: '00-abc-def-01',
    }
    const streamed = uploadResume(new File(['%PDF'], 'scan.pdf'))
    FakeXhr.latest().receive(200, line({ progress: { pagesRead: 1, pages: 1 } }) + line({ status: 422, problem }), ndjson)
    FakeXhr.latest().finish()
    const plain = uploadResume(new File(['%PDF'], 'scan.pdf'))
    FakeXhr.latest().respond(422, problem, 'application/problem+json')

    const [fromStream, fromPlain] = await Promise.all([streamed.catch((e: unknown) => e), plain.catch((e: unknown) => e)])
    expect(fromStream).toBeInstanceOf(ApiError)
    expect(fromStream).toEqual(fromPlain)
    expect((fromStream as InstanceType<typeof ApiError>).status).toBe(422)
    expect((fromStream as InstanceType<typeof ApiError>).problem).toEqual(problem)
  })

  it('fails as a broken connection when the stream ends without its outcome', async () => {
    const { uploadResume } = await import('./upload-resume')
    FakeXhr.install()
    const uploaded = uploadResume(new File(['%PDF'], 'scan.pdf'))
    FakeXhr.latest().receive(200, line({ progress: { pagesRead: 1, pages: 2 } }), ndjson)
    FakeXhr.latest().finish()

    await expect(uploaded).rejects.toMatchObject({ status: 0 })
  })
})
