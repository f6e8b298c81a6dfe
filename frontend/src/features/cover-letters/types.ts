/** A cover letter at one version, as GET /api/v1/resumes/{id}/cover-letters/{letterId} answers it. */
export interface CoverLetter {
  id: string
  resumeId: string
  company?: string | null
  role?: string | null
  jobDescription: string
  version: number
  currentVersion: number
  text: string
  source: 'offline' | 'ai' | 'edit'
  createdAt: string
  updatedAt: string
  aiDraft?: { jobId: string; status: string; error?: { title: string; detail: string } | null } | null
  notice?: string | null
}

export interface CoverLetterRequest {
  jobDescription?: string
  company?: string
  role?: string
}

export interface CoverLetterVersionSummary {
  number: number
  source: 'offline' | 'ai' | 'edit'
  createdAt: string
  length: number
}

/** One letter in GET /api/v1/resumes/{id}/cover-letters. */
export interface CoverLetterSummary {
  id: string
  company?: string | null
  role?: string | null
  currentVersion: number
  createdAt: string
  updatedAt: string
}
