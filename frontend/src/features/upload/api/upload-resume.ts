import { apiBaseUrl } from '../../../lib/env'
import { apiUrl, errorFromResponse, networkError } from '../../../lib/api-client'
import type { ProblemDetails, ResumeDetail } from '../../../types/api'

/** How far the server's OCR has read a scan. */
export interface ReadingProgress {
  pagesRead: number
  pages: number
}

/**
 * A line of the upload's progress stream (docs/api.md): progress while OCR reads a scan, then the outcome with the
 * status and body the answer would otherwise have had.
 */
export type UploadStreamLine =
  | { progress: ReadingProgress }
  | { status: number; resume: ResumeDetail }
  | { status: number; problem: ProblemDetails }

const streamType = 'application/x-ndjson'

/**
 * The complete lines of a stream's text from `from` on (a line is complete once its newline has arrived) and where
 * the next unread line starts.
 */
export function readStreamLines(text: string, from = 0): { lines: UploadStreamLine[]; next: number } {
  const end = text.lastIndexOf('\n')
  if (end < from) return { lines: [], next: from }
  const lines = text
    .slice(from, end)
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as UploadStreamLine)
  return { lines, next: end + 1 }
}

export interface UploadOptions {
  /** Called with the share of bytes sent so far, 0–1. */
  onProgress?: (fraction: number) => void
  /** Called as the server's OCR reads each page of a scan (never for a document with a text layer). */
  onReading?: (progress: ReadingProgress) => void
  signal?: AbortSignal
  /** Parse the file as a new resume even when this workspace already has it. */
  asNew?: boolean
}

/**
 * POST /api/v1/resumes as multipart/form-data. A file uploaded before answers with the existing resume and its
 * `duplicateOf`, unless `asNew` asks for a fresh parse (`?duplicate=new`).
 * XMLHttpRequest rather than fetch because only it reports upload progress. It also asks for the progress stream: while
 * OCR reads a scan, the answer is a 200 of JSON lines whose last line settles the upload as the plain answer would.
 */
export function uploadResume(file: File, { onProgress, onReading, signal, asNew = false }: UploadOptions = {}): Promise<ResumeDetail> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new DOMException('The upload was cancelled.', 'AbortError'))
      return
    }
    const xhr = new XMLHttpRequest()
    xhr.open('POST', apiUrl(asNew ? '/api/v1/resumes?duplicate=new' : '/api/v1/resumes'))
    xhr.withCredentials = apiBaseUrl !== ''
    xhr.setRequestHeader('Accept', `${streamType}, application/json, application/problem+json`)

    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable && event.total > 0) onProgress?.(event.loaded / event.total)
    })
    const streamed = () => xhr.getResponseHeader('Content-Type')?.startsWith(streamType) === true
    let unread = 0
    xhr.addEventListener('progress', () => {
      if (!streamed()) return
      try {
        const { lines, next } = readStreamLines(xhr.responseText, unread)
        unread = next
        for (const line of lines) if ('progress' in line) onReading?.(line.progress)
      } catch {
        // A damaged line: the load handler settles the upload.
      }
    })
    xhr.addEventListener('load', () => {
      if (xhr.status === 200 && streamed()) {
        settleStream(xhr.responseText, resolve, reject)
      } else if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve(JSON.parse(xhr.responseText) as ResumeDetail)
        } catch {
          reject(errorFromResponse(500, '', null))
        }
      } else {
        reject(errorFromResponse(xhr.status, xhr.responseText, xhr.getResponseHeader('Content-Type')))
      }
    })
    xhr.addEventListener('error', () => {
      reject(networkError())
    })
    xhr.addEventListener('abort', () => {
      reject(new DOMException('The upload was cancelled.', 'AbortError'))
    })
    signal?.addEventListener('abort', () => {
      xhr.abort()
    })

    const body = new FormData()
    body.append('file', file, file.name)
    xhr.send(body)
  })
}

/** Resolves or rejects from the stream's last line, exactly as from the plain answer it stands for. */
function settleStream(text: string, resolve: (detail: ResumeDetail) => void, reject: (error: unknown) => void): void {
  let last: UploadStreamLine | undefined
  try {
    last = readStreamLines(text).lines.at(-1)
  } catch {
    last = undefined
  }
  if (last && 'resume' in last && last.status >= 200 && last.status < 300) resolve(last.resume)
  else if (last && 'problem' in last) reject(errorFromResponse(last.status, JSON.stringify(last.problem), 'application/problem+json'))
  // The stream ended without its outcome: the connection broke while the server was reading.
  else reject(networkError())
}
