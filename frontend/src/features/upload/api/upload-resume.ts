import { apiBaseUrl } from '../../../lib/env'
import { apiUrl, errorFromResponse, networkError } from '../../../lib/api-client'
import type { ResumeDetail } from '../../../types/api'

export interface UploadOptions {
  /** Called with the share of bytes sent so far, 0–1. */
  onProgress?: (fraction: number) => void
  signal?: AbortSignal
  /** Parse the file as a new resume even when this workspace already has it. */
  asNew?: boolean
}

/**
 * POST /api/v1/resumes as multipart/form-data. A file uploaded before answers with the existing resume and its
 * `duplicateOf`, unless `asNew` asks for a fresh parse (`?duplicate=new`).
 * XMLHttpRequest rather than fetch because only it reports upload progress.
 */
export function uploadResume(file: File, { onProgress, signal, asNew = false }: UploadOptions = {}): Promise<ResumeDetail> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new DOMException('The upload was cancelled.', 'AbortError'))
      return
    }
    const xhr = new XMLHttpRequest()
    xhr.open('POST', apiUrl(asNew ? '/api/v1/resumes?duplicate=new' : '/api/v1/resumes'))
    xhr.withCredentials = apiBaseUrl !== ''
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json')

    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable && event.total > 0) onProgress?.(event.loaded / event.total)
    })
    xhr.addEventListener('load', () => {
      if (xhr.status >= 200 && xhr.status < 300) {
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
