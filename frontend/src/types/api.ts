// Shapes of the backend's /api/v1 responses. One place, shared by every feature.
import type { JsonResume } from './json-resume'

export interface AppConfig {
  /** Largest accepted upload, in bytes. */
  maxFileSize: number
  /** Lower-case extensions including the dot, e.g. ".pdf". */
  acceptedExtensions: string[]
  aiEnabled: boolean
}

/** How sure the parser is of one field, addressed by a path such as `work[1].startDate`. */
export interface FieldConfidence {
  path: string
  /** 0 (a guess) to 1 (certain). */
  score: number
  reason: string
}

export interface ResumeSummary {
  id: string
  fileName: string
  name: string | null
  createdAt: string
  updatedAt: string
  version: number
}

export interface ResumeList {
  items: ResumeSummary[]
}

export interface ResumeDetail {
  id: string
  fileName: string
  createdAt: string
  updatedAt: string
  version: number
  resume: JsonResume
  confidence: FieldConfidence[]
}

/** RFC 9457 problem details, as every error response of the API carries. */
export interface ProblemDetails {
  type?: string
  title?: string
  status?: number
  detail?: string
  traceId?: string
}
