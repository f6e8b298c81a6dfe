import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { FakeXhr, jsonResponse, mockFetch, problemResponse, resumeDetail } from '../../../testing/api-mocks'
import { renderApp } from '../../../testing/render-app'

const config = { maxFileSize: 5 * 1024 * 1024, acceptedExtensions: ['.pdf', '.docx', '.txt', '.md'] }

function fileOf(name: string, size: number, type = 'application/pdf'): File {
  const file = new File(['%PDF-1.7'], name, { type })
  Object.defineProperty(file, 'size', { value: size })
  return file
}

describe('Upload page', () => {
  beforeEach(() => {
    FakeXhr.install()
  })

  it('shows the accepted file types and the size limit from the server', async () => {
    mockFetch({ 'GET /api/v1/config': () => jsonResponse(config) })
    renderApp('/')

    expect(await screen.findByText(/Accepted: \.pdf, \.docx, \.txt or \.md · up to 5 MB/)).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 1, name: 'Upload your resume' })).toBeInTheDocument()
    expect(screen.getByLabelText('Choose a file')).toHaveAttribute('accept', '.pdf,.docx,.txt,.md')
    expect(document.title).toBe('Upload your resume · Resume Refiner')
  })

  it('falls back to a 10 MB limit when the config cannot be loaded', async () => {
    mockFetch({ 'GET /api/v1/config': () => problemResponse(500, { title: 'Server error' }) })
    renderApp('/')

    expect(await screen.findByText(/up to 10 MB/)).toBeInTheDocument()
  })

  it('explains what is stored and for how long', async () => {
    mockFetch({ 'GET /api/v1/config': () => jsonResponse(config) })
    renderApp('/')

    const note = screen.getByRole('region', { name: 'Your privacy' })
    expect(note).toHaveTextContent(/private, anonymous workspace/)
    // The test server does not say how long it keeps files, so no number is promised.
    expect(note).toHaveTextContent(/deleted automatically a set number of days after your last change/)
    expect(note).toHaveTextContent(/No text is sent to an AI provider unless you ask/)
    await screen.findByText(/up to 5 MB/)
  })

  it('rejects an .exe dropped on the page without sending it', async () => {
    mockFetch({ 'GET /api/v1/config': () => jsonResponse(config) })
    renderApp('/')
    await screen.findByText(/up to 5 MB/)

    fireEvent.drop(screen.getByTestId('drop-zone'), {
      dataTransfer: { files: [fileOf('setup.exe', 1000, 'application/octet-stream')] },
    })

    expect(screen.getByRole('alert')).toHaveTextContent(
      '“setup.exe” is not a supported file type. Please choose a .pdf, .docx, .txt or .md file.',
    )
    expect(FakeXhr.instances).toHaveLength(0)
  })

  it('rejects a file over the limit chosen with the file picker', async () => {
    mockFetch({ 'GET /api/v1/config': () => jsonResponse(config) })
    const { user } = renderApp('/')
    await screen.findByText(/up to 5 MB/)

    await user.upload(screen.getByLabelText('Choose a file'), fileOf('huge.pdf', 6 * 1024 * 1024))

    expect(screen.getByRole('alert')).toHaveTextContent('“huge.pdf” is 6 MB, which is over the 5 MB limit.')
    expect(FakeXhr.instances).toHaveLength(0)
  })

  it('shows upload progress and opens the parsed resume when done', async () => {
    mockFetch({
      'GET /api/v1/config': () => jsonResponse(config),
      'GET /api/v1/resumes/r42': () => jsonResponse(resumeDetail({ id: 'r42', fileName: 'cv.pdf' })),
    })
    const { user } = renderApp('/')
    await screen.findByText(/up to 5 MB/)

    await user.upload(screen.getByLabelText('Choose a file'), fileOf('cv.pdf', 2000))

    const xhr = FakeXhr.latest()
    expect(xhr.method).toBe('POST')
    expect(xhr.url).toBe('/api/v1/resumes')
    expect(xhr.body).toBeInstanceOf(FormData)
    expect((xhr.body as FormData).get('file')).toBeInstanceOf(File)

    const bar = screen.getByRole('progressbar', { name: 'Uploading cv.pdf' })
    expect(bar).toHaveAttribute('aria-valuenow', '0')

    act(() => {
      xhr.progress(500, 2000)
    })
    expect(bar).toHaveAttribute('aria-valuenow', '25')
    expect(screen.getByText(/Uploading/)).toHaveTextContent('Uploading cv.pdf… 25%')

    act(() => {
      xhr.progress(2000, 2000)
    })
    expect(bar).toHaveAttribute('aria-valuenow', '100')
    expect(screen.getByText(/Reading/)).toHaveTextContent('Reading cv.pdf… this can take a few seconds.')

    act(() => {
      xhr.respond(201, resumeDetail({ id: 'r42', fileName: 'cv.pdf' }))
    })

    expect(await screen.findByRole('heading', { level: 1, name: /Ada Lovelace/ })).toBeInTheDocument()
    expect(window.location.pathname).toBe('/resumes/r42')
  })

  it('says a picture is read as a scan, seconds per page, while the server reads it', async () => {
    mockFetch({ 'GET /api/v1/config': () => jsonResponse({ ...config, acceptedExtensions: ['.pdf', '.png'] }) })
    const { user } = renderApp('/')
    await screen.findByText(/up to 5 MB/)

    await user.upload(screen.getByLabelText('Choose a file'), fileOf('scan.png', 2000, 'image/png'))
    act(() => {
      FakeXhr.latest().progress(2000, 2000)
    })

    expect(screen.getByText(/Reading/)).toHaveTextContent(
      'Reading a scanned document (scan.png) — this takes a few seconds per page.',
    )
  })

  it('shows which page of a scan the server is reading, with a bar that fills page by page', async () => {
    mockFetch({
      'GET /api/v1/config': () => jsonResponse(config),
      'GET /api/v1/resumes/r5': () => jsonResponse(resumeDetail({ id: 'r5', fileName: 'scan.pdf' })),
    })
    const { user } = renderApp('/')
    await screen.findByText(/up to 5 MB/)
    await user.upload(screen.getByLabelText('Choose a file'), fileOf('scan.pdf', 2000))
    const xhr = FakeXhr.latest()
    const ndjson = 'application/x-ndjson'

    act(() => {
      xhr.progress(2000, 2000)
      xhr.receive(200, '{"progress":{"pagesRead":0,"pages":2}}\n', ndjson)
    })
    expect(screen.getByText(/Reading page/)).toHaveTextContent('Reading page 1 of 2 of the scan scan.pdf…')
    expect(screen.getByRole('progressbar', { name: 'Reading scan.pdf' })).toHaveAttribute('aria-valuenow', '0')

    act(() => {
      xhr.receive(200, '{"progress":{"pagesRead":1,"pages":2}}\n', ndjson)
    })
    expect(screen.getByText(/Reading page/)).toHaveTextContent('Reading page 2 of 2 of the scan scan.pdf…')
    expect(screen.getByRole('progressbar', { name: 'Reading scan.pdf' })).toHaveAttribute('aria-valuenow', '50')

    act(() => {
      xhr.receive(200, '{"progress":{"pagesRead":2,"pages":2}}\n', ndjson)
    })
    expect(screen.getByText(/laying out/)).toHaveTextContent('Read all 2 pages of scan.pdf; laying out the resume…')
    expect(screen.getByRole('progressbar', { name: 'Reading scan.pdf' })).toHaveAttribute('aria-valuenow', '100')

    act(() => {
      xhr.receive(200, `${JSON.stringify({ status: 201, resume: resumeDetail({ id: 'r5', fileName: 'scan.pdf' }) })}\n`, ndjson)
      xhr.finish()
    })
    await waitFor(() => {
      expect(window.location.pathname).toBe('/resumes/r5')
    })
  })

  it('shows the problem of a scan refused after reading, as for any refused upload', async () => {
    mockFetch({ 'GET /api/v1/config': () => jsonResponse(config) })
    const { user } = renderApp('/')
    await screen.findByText(/up to 5 MB/)
    await user.upload(screen.getByLabelText('Choose a file'), fileOf('blank.pdf', 2000))

    act(() => {
      const xhr = FakeXhr.latest()
      xhr.receive(200, '{"progress":{"pagesRead":1,"pages":1}}\n', 'application/x-ndjson')
      xhr.receive(
        200,
        `${JSON.stringify({ status: 422, problem: { type: 'urn:resume-refiner:problem:unreadable-document.notextlayer', status: 422, detail: 'The scan was read, but no text was found in it.' } })}\n`,
        'application/x-ndjson',
      )
      xhr.finish()
    })

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'We could not upload “blank.pdf”. The scan was read, but no text was found in it.',
    )
  })

  it('says a PDF still being read after a moment is probably a scan', async () => {
    mockFetch({ 'GET /api/v1/config': () => jsonResponse(config) })
    const { user } = renderApp('/')
    await screen.findByText(/up to 5 MB/)
    await user.upload(screen.getByLabelText('Choose a file'), fileOf('cv.pdf', 2000))
    vi.useFakeTimers()
    try {
      act(() => {
        FakeXhr.latest().progress(2000, 2000)
      })
      expect(screen.getByText(/Reading/)).toHaveTextContent('Reading cv.pdf… this can take a few seconds.')

      act(() => {
        vi.advanceTimersByTime(3000)
      })
      expect(screen.getByText(/Reading/)).toHaveTextContent('Reading a scanned document (cv.pdf)')
    } finally {
      vi.useRealTimers()
    }
  })

  it('asks, for a file uploaded before, whether to open the edited copy or read the file again', async () => {
    mockFetch({
      'GET /api/v1/config': () => jsonResponse(config),
      'GET /api/v1/resumes/r7': () => jsonResponse(resumeDetail({ id: 'r7', fileName: 'cv.pdf', version: 3 })),
      'GET /api/v1/resumes/r8': () => jsonResponse(resumeDetail({ id: 'r8', fileName: 'cv.pdf' })),
    })
    const { user } = renderApp('/')
    await screen.findByText(/up to 5 MB/)
    await user.upload(screen.getByLabelText('Choose a file'), fileOf('cv.pdf', 2000))

    act(() => {
      FakeXhr.latest().respond(
        200,
        resumeDetail({ id: 'r7', fileName: 'cv.pdf', version: 3, duplicateOf: { id: 'r7', uploadedAt: '2026-12-01T18:51:00Z', version: 3, edited: true } }),
      )
    })

    const choice = await screen.findByRole('group', { name: 'You uploaded “cv.pdf” before' })
    await waitFor(() => {
      expect(screen.getByRole('heading', { name: 'You uploaded “cv.pdf” before' })).toHaveFocus()
    })
    expect(choice).toHaveTextContent('you have edited it since (version 3)')
    expect(window.location.pathname).toBe('/')

    await user.click(within(choice).getByRole('button', { name: 'Read the file again as a new resume' }))
    const again = FakeXhr.latest()
    expect(again.url).toBe('/api/v1/resumes?duplicate=new')
    act(() => {
      again.respond(201, resumeDetail({ id: 'r8', fileName: 'cv.pdf' }))
    })
    await waitFor(() => {
      expect(window.location.pathname).toBe('/resumes/r8')
    })
  })

  it('opens the existing resume with its edits when the user chooses it', async () => {
    mockFetch({
      'GET /api/v1/config': () => jsonResponse(config),
      'GET /api/v1/resumes/r7': () => jsonResponse(resumeDetail({ id: 'r7', fileName: 'cv.pdf', version: 2 })),
    })
    const { user } = renderApp('/')
    await screen.findByText(/up to 5 MB/)
    await user.upload(screen.getByLabelText('Choose a file'), fileOf('cv.pdf', 2000))
    act(() => {
      FakeXhr.latest().respond(200, resumeDetail({ id: 'r7', fileName: 'cv.pdf', version: 2, duplicateOf: { id: 'r7', uploadedAt: '2026-12-01T18:51:00Z', version: 2, edited: true } }))
    })

    await user.click(await screen.findByRole('button', { name: 'Open it with my edits' }))

    await waitFor(() => {
      expect(window.location.pathname).toBe('/resumes/r7')
    })
    expect(FakeXhr.instances).toHaveLength(1)
  })

  it('shows the server’s problem detail as a sentence, not raw JSON', async () => {
    mockFetch({ 'GET /api/v1/config': () => jsonResponse(config) })
    const { user } = renderApp('/')
    await screen.findByText(/up to 5 MB/)

    await user.upload(screen.getByLabelText('Choose a file'), fileOf('locked.pdf', 2000))
    act(() => {
      FakeXhr.latest().respond(
        422,
        {
          type: 'https://resume-refiner/problems/unreadable',
          title: 'Unreadable document',
          status: 422,
          detail: 'This PDF is password-protected. Remove the password and upload it again',
          traceId: '00-1234-5678-00',
        },
        'application/problem+json',
      )
    })

    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(
      'We could not upload “locked.pdf”. This PDF is password-protected. Remove the password and upload it again.',
    )
    expect(alert.textContent).not.toMatch(/[{}]|traceId/)
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument()
  })

  it('says a JSON Resume or a LinkedIn export can be imported, and lists what to fix in a refused resume.json', async () => {
    mockFetch({ 'GET /api/v1/config': () => jsonResponse({ ...config, acceptedExtensions: ['.pdf', '.json', '.zip', '.csv'] }) })
    const { user } = renderApp('/')
    expect(await screen.findByText(/Upload a JSON Resume file .* LinkedIn’s data\s+export/)).toBeInTheDocument()

    await user.upload(screen.getByLabelText('Choose a file'), fileOf('resume.json', 200, 'application/json'))
    act(() => {
      FakeXhr.latest().respond(
        422,
        {
          type: 'urn:resume-refiner:problem:invalid-import',
          title: 'The file is not a valid resume to import',
          status: 422,
          detail: 'The file does not match the JSON Resume schema (jsonresume.org/schema). Fix the fields listed and upload it again.',
          errors: [
            { path: '/basics/email', message: 'Value does not match format "email"' },
            { path: '/work/0/startDate', message: 'The string value does not match the required regular expression pattern' },
          ],
        },
        'application/problem+json',
      )
    })

    const fixes = within(await screen.findByRole('list', { name: 'What to fix' })).getAllByRole('listitem')
    expect(fixes.map((item) => item.textContent)).toEqual([
      '/basics/email: Value does not match format "email"',
      '/work/0/startDate: The string value does not match the required regular expression pattern',
    ])
  })

  it('falls back to the problem title, and lets the user cancel an upload', async () => {
    mockFetch({ 'GET /api/v1/config': () => jsonResponse(config) })
    const { user } = renderApp('/')
    await screen.findByText(/up to 5 MB/)

    await user.upload(screen.getByLabelText('Choose a file'), fileOf('a.pdf', 10))
    act(() => {
      FakeXhr.latest().respond(413, { title: 'File too large', status: 413 }, 'application/problem+json')
    })
    expect(await screen.findByRole('alert')).toHaveTextContent('We could not upload “a.pdf”. File too large.')

    await user.upload(screen.getByLabelText('Choose a file'), fileOf('b.pdf', 10))
    const progress = screen.getByRole('progressbar')
    await user.click(within(progress.parentElement ?? document.body).getByRole('button', { name: 'Cancel upload' }))
    await waitFor(() => {
      expect(screen.queryByRole('progressbar')).not.toBeInTheDocument()
    })
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })
})
