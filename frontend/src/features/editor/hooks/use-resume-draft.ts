import { useCallback, useEffect, useRef, useState } from 'react'
import { ApiError, errorMessage } from '../../../lib/api-client'
import type { ResumeDetail } from '../../../types/api'
import type { JsonResume } from '../../../types/json-resume'
import { updateResume } from '../api/update-resume'
import { findUnsureFields, type UnsureFields } from '../confidence'
import { applyEdit, remapPaths, type EditAction } from '../edits'

export type SaveStatus =
  | { state: 'idle' }
  | { state: 'pending' }
  | { state: 'saving' }
  | { state: 'saved' }
  | { state: 'failed'; message: string }
  | { state: 'conflict'; message: string }

export interface ResumeDraft {
  id: string
  resume: JsonResume
  /** The server's version number of the last saved state. */
  version: number
  unsure: UnsureFields
  status: SaveStatus
  /** Counts changes made on the server (restore, fixes), not autosaves; lists that depend on them key on it. */
  revision: number
  edit: (action: EditAction) => void
  /** The user says a flagged field is right as it is. */
  confirm: (path: string) => void
  /** Saves pending edits now; resolves false when they could not be saved. */
  flush: () => Promise<boolean>
  /** Saves pending edits, then runs a server-side change (restore, fixes) and shows its result. */
  commit: (change: () => Promise<ResumeDetail>) => Promise<ResumeDetail>
}

interface Doc {
  resume: JsonResume
  unsure: UnsureFields
}

const conflictType = 'urn:resume-refiner:problem:edit-conflict'

function isConflict(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 409 || error.problem?.type === conflictType)
}

/**
 * The resume being edited: applies edits at once and saves the whole resume `delayMs` after the last change.
 * Saves never overlap; an edit made while saving is saved right after.
 */
export function useResumeDraft(initial: ResumeDetail, delayMs = 800): ResumeDraft {
  const id = initial.id
  const [doc, setDoc] = useState<Doc>(() => ({ resume: initial.resume, unsure: findUnsureFields(initial.confidence) }))
  const [version, setVersion] = useState(initial.version)
  const [status, setStatus] = useState<SaveStatus>({ state: 'idle' })
  const [revision, setRevision] = useState(0)

  const docRef = useRef(doc)
  const dirty = useRef(false)
  const blocked = useRef(false)
  const timer = useRef<number | undefined>(undefined)
  const inFlight = useRef<Promise<boolean> | null>(null)

  const flush = useCallback(async (): Promise<boolean> => {
    window.clearTimeout(timer.current)
    while (inFlight.current) await inFlight.current
    if (!dirty.current) return true
    if (blocked.current) return false
    dirty.current = false
    setStatus({ state: 'saving' })
    const run = updateResume(id, docRef.current.resume).then(
      (detail) => {
        setVersion(detail.version)
        if (!dirty.current) setStatus({ state: 'saved' })
        return true
      },
      (error: unknown) => {
        dirty.current = true
        if (isConflict(error)) {
          // Saving over someone else's change would lose it; stop autosaving until the page is reloaded.
          blocked.current = true
          setStatus({ state: 'conflict', message: errorMessage(error) })
        } else {
          setStatus({ state: 'failed', message: errorMessage(error) })
        }
        return false
      },
    )
    inFlight.current = run
    try {
      return await run
    } finally {
      inFlight.current = null
    }
  }, [id])

  const schedule = useCallback(() => {
    window.clearTimeout(timer.current)
    timer.current = window.setTimeout(() => void flush(), delayMs)
  }, [delayMs, flush])

  const edit = useCallback(
    (action: EditAction) => {
      const current = docRef.current
      const next = { resume: applyEdit(current.resume, action), unsure: remapPaths(current.unsure, action) }
      docRef.current = next
      setDoc(next)
      dirty.current = true
      if (blocked.current) return
      setStatus({ state: 'pending' })
      schedule()
    },
    [schedule],
  )

  const confirm = useCallback((path: string) => {
    const current = docRef.current
    const unsure = new Map(current.unsure)
    unsure.delete(path)
    docRef.current = { ...current, unsure }
    setDoc(docRef.current)
  }, [])

  const commit = useCallback(
    async (change: () => Promise<ResumeDetail>) => {
      if (!(await flush())) {
        throw new ApiError(0, 'Your latest edits are not saved yet, so nothing else was changed. Save them first and try again.')
      }
      const detail = await change()
      docRef.current = { resume: detail.resume, unsure: findUnsureFields(detail.confidence) }
      setDoc(docRef.current)
      setVersion(detail.version)
      setStatus({ state: 'saved' })
      setRevision((n) => n + 1)
      return detail
    },
    [flush],
  )

  // Leaving the page: save what is pending, and warn before closing the tab with unsaved edits.
  useEffect(() => {
    function warn(event: BeforeUnloadEvent) {
      if (dirty.current || inFlight.current) event.preventDefault()
    }
    window.addEventListener('beforeunload', warn)
    return () => {
      window.removeEventListener('beforeunload', warn)
      window.clearTimeout(timer.current)
      if (dirty.current && !blocked.current) void updateResume(id, docRef.current.resume).catch(() => undefined)
    }
  }, [id])

  return { id, resume: doc.resume, version, unsure: doc.unsure, status, revision, edit, confirm, flush, commit }
}
