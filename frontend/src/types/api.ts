// Shapes of the backend's /api/v1 responses. One place, shared by every feature.
import type { JsonResume } from './json-resume'

export interface AppConfig {
  /** Largest accepted upload, in bytes. */
  maxFileSize: number
  /** Lower-case extensions including the dot, e.g. ".pdf". */
  acceptedExtensions: string[]
  ai: AiConfig
  /** Days after its last change that a resume and its files are deleted; absent when the server did not say. */
  retentionDays?: number
  /** The server reports its errors to an error tracker (scrubbed of resume text). */
  errorReporting: boolean
}

/** Whether AI suggestions are available, and from which provider and model (absent when off). */
export interface AiConfig {
  enabled: boolean
  /** `anthropic` or `openai` (any OpenAI-compatible server). */
  provider?: string
  model?: string
  /** Name, e-mail, phone, address and links are replaced with placeholders before text is sent. */
  redactsContacts?: boolean
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
  /** Only on an upload of a file this workspace already has: the existing resume answered instead. */
  duplicateOf?: DuplicateOf | null
}

export interface DuplicateOf {
  id: string
  uploadedAt: string
  version: number
  /** True when the existing resume has been edited since it was parsed. */
  edited: boolean
}

/** RFC 9457 problem details, as every error response of the API carries. */
export interface ProblemDetails {
  type?: string
  title?: string
  status?: number
  detail?: string
  traceId?: string
  /** invalid-import: where a JSON Resume breaks the schema (a JSON Pointer) and how. */
  errors?: ImportProblem[]
}

export interface ImportProblem {
  path: string
  message: string
}

export type VersionSource = 'upload' | 'edit' | 'restore' | 'fix' | 'ai'

export interface VersionSummary {
  number: number
  createdAt: string
  source: VersionSource
}

/** GET /api/v1/resumes/{id}/versions: newest first. */
export interface VersionList {
  current: number
  items: VersionSummary[]
}

export type AnalysisCategory = 'atsReadiness' | 'content' | 'language' | 'jobMatch'
export type Severity = 'critical' | 'major' | 'minor' | 'info'

/** A replacement in the string at `path`: text.slice(0, offset) + replacement + text.slice(offset + length). */
export interface TextFix {
  path: string
  offset: number
  length: number
  replacement: string
}

export interface Finding {
  rule: string
  category: AnalysisCategory
  severity: Severity
  /** A JSON Resume path such as `work[1].highlights[2]`, or `document`. */
  location: string
  message: string
  whyItMatters: string
  whatToDo: string
  /** Only when it is safe to apply blindly; otherwise see `suggestions`. */
  fix?: TextFix | null
  /** Rewordings to check and type in; never applied with one click. */
  suggestions?: string[]
  /** The flagged word of a spelling finding, as written. */
  word?: string | null
  /** Every place of a finding repeated across the resume (the first is `location`). */
  places?: string[]
}

export interface JobSkill {
  name: string
  required: boolean
  category: string
  /** How the resume wrote it, when it differs from the posting. */
  asWritten?: string | null
  label: string
}

export interface MatchReport {
  score: number
  matched: JobSkill[]
  missing: JobSkill[]
  parts: { name: string; points: number; maxPoints: number; detail: string }[]
  softSkillsMatched: string[]
  softSkillsMissing: string[]
}

export interface AnalysisReport {
  overallScore: number
  categories: { category: AnalysisCategory; score: number | null; summary: string }[]
  findings: Finding[]
  match: MatchReport | null
  stats: {
    wordCount: number
    bulletCount: number
    quantifiedBullets: number
    yearsOfExperience: number | null
    pageCount: number | null
  }
}

export interface AnalysisDetail {
  id: string
  resumeId: string
  resumeVersion: number
  createdAt: string
  jobDescription: string | null
  report: AnalysisReport
}

export interface AnalysisSummary {
  id: string
  createdAt: string
  resumeVersion: number
  overallScore: number
  hasJob: boolean
}

export interface AnalysisList {
  items: AnalysisSummary[]
}

/** A standardisation fix the server offers: dates, phone numbers, headings and the like. */
export interface StandardFix {
  id: string
  /** The rule that offers it ("date-format", "phone-format"). */
  kind: string
  path: string
  before: string
  after: string
  description: string
  /** Safe fixes change form, never meaning, and can be applied in bulk. */
  safe: boolean
}

export interface StandardFixList {
  items: StandardFix[]
}
