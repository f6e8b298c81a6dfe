import { useEffect, useId, useRef, useState } from 'react'
import { ApiError, errorMessage, isAbort } from '../../../lib/api-client'
import type { ExportTemplate, Paper } from '../../../lib/export-url'
import { formatTimestamp } from '../../../lib/format'
import { useDebouncedValue } from '../../../lib/use-debounced-value'
import { coverLetterExportUrl } from '../api/cover-letter-paths'
import { deleteCoverLetter } from '../api/delete-cover-letter'
import { draftCoverLetter } from '../api/draft-cover-letter'
import { getCoverLetter } from '../api/get-cover-letter'
import { getCoverLetterVersions } from '../api/get-cover-letter-versions'
import { listCoverLetters } from '../api/list-cover-letters'
import { saveCoverLetter } from '../api/save-cover-letter'
import type { CoverLetter, CoverLetterSummary, CoverLetterVersionSummary } from '../types'

interface CoverLetterPanelProps {
  resumeId: string
  /** The posting pasted in the Analysis panel, read when the user asks to reuse it. */
  analysisJobDescription: () => string
  template: ExportTemplate
  paper: Paper
  /** How long typing must pause before the letter is saved; shorter in tests. */
  autosaveMs?: number
  /** How often a letter the AI is drafting is checked. */
  pollMs?: number
}

const sources: Record<CoverLetter['source'], string> = { offline: 'offline draft', ai: 'AI draft', edit: 'your edit' }

function finished(letter: CoverLetter): boolean {
  return !letter.aiDraft || ['completed', 'failed', 'dead'].includes(letter.aiDraft.status)
}

function describe(letter: CoverLetterSummary): string {
  const what = [letter.role, letter.company].filter(Boolean).join(' at ') || 'Letter'
  return `${what}, drafted ${formatTimestamp(letter.createdAt)}`
}

function summaryOf(letter: CoverLetter): CoverLetterSummary {
  const { id, company, role, currentVersion, createdAt, updatedAt } = letter
  return { id, company: company ?? null, role: role ?? null, currentVersion, createdAt, updatedAt }
}

/** Drafts a cover letter for a posting, lets the user edit it (saved as versions) and exports it as PDF or DOCX. */
export function CoverLetterPanel({ resumeId, analysisJobDescription, template, paper, autosaveMs = 1500, pollMs = 2000 }: CoverLetterPanelProps) {
  const ids = useId()
  const [posting, setPosting] = useState('')
  const [company, setCompany] = useState('')
  const [role, setRole] = useState('')
  const [letter, setLetter] = useState<CoverLetter | null>(null)
  const [text, setText] = useState('')
  const [versions, setVersions] = useState<CoverLetterVersionSummary[]>([])
  const [saved, setSaved] = useState<CoverLetterSummary[]>([])
  const [confirmingDelete, setConfirmingDelete] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [status, setStatus] = useState('')
  const editorRef = useRef<HTMLTextAreaElement>(null)
  const settled = useDebouncedValue(text, autosaveMs)

  async function refreshVersions(current: CoverLetter) {
    try {
      setVersions((await getCoverLetterVersions(resumeId, current.id)).items)
    } catch {
      // The list is a convenience; the letter itself is what matters.
    }
  }

  function show(next: CoverLetter) {
    setLetter(next)
    setText(next.text)
    setConfirmingDelete(false)
    void refreshVersions(next)
  }

  // Letters drafted before (in an earlier visit) stay reachable from here.
  useEffect(() => {
    const controller = new AbortController()
    listCoverLetters(resumeId, controller.signal).then(setSaved, (caught: unknown) => {
      if (!isAbort(caught)) setSaved([])
    })
    return () => {
      controller.abort()
    }
  }, [resumeId])

  async function open(id: string) {
    setError(null)
    try {
      const opened = await getCoverLetter(resumeId, id)
      show(opened)
      setStatus(`Showing the letter drafted ${formatTimestamp(opened.createdAt)}.`)
    } catch (caught) {
      setError(errorMessage(caught))
    }
  }

  async function remove() {
    if (!letter) return
    try {
      await deleteCoverLetter(resumeId, letter.id)
      setSaved((list) => list.filter((item) => item.id !== letter.id))
      setLetter(null)
      setText('')
      setVersions([])
      setConfirmingDelete(false)
      setStatus('')
      setError(null)
    } catch (caught) {
      setError(errorMessage(caught))
    }
  }

  async function draft() {
    if (busy) return
    const jobDescription = posting.trim() || analysisJobDescription().trim()
    if (!jobDescription) {
      setError('Paste the job posting first, or paste it in the Analysis panel.')
      return
    }
    setBusy(true)
    setError(null)
    try {
      const drafted = await draftCoverLetter(resumeId, {
        jobDescription,
        ...(company.trim() ? { company: company.trim() } : {}),
        ...(role.trim() ? { role: role.trim() } : {}),
      })
      show(drafted)
      setSaved((list) => [summaryOf(drafted), ...list.filter((item) => item.id !== drafted.id)])
      setStatus(drafted.notice ?? 'Letter drafted.')
    } catch (caught) {
      setError(errorMessage(caught))
    } finally {
      setBusy(false)
    }
  }

  // A new letter takes focus, so a keyboard user lands in it (the editor appears only once there is a letter).
  useEffect(() => {
    editorRef.current?.focus()
  }, [letter?.id])

  // Autosave: once typing pauses, the text becomes a new version on top of the one shown.
  useEffect(() => {
    if (!letter || settled === letter.text || settled.trim() === '' || letter.version !== letter.currentVersion) return
    let cancelled = false
    saveCoverLetter(resumeId, letter.id, settled, letter.currentVersion).then(
      (saved) => {
        if (cancelled) return
        setLetter(saved)
        setStatus(`Saved as version ${String(saved.currentVersion)}.`)
        void refreshVersions(saved)
      },
      (caught: unknown) => {
        if (cancelled) return
        setStatus(
          caught instanceof ApiError && caught.status === 409
            ? 'A newer version arrived (the AI draft); your text is kept here. Choose a version below or keep editing to save on top of it.'
            : `Not saved: ${errorMessage(caught)}`,
        )
        if (caught instanceof ApiError && caught.status === 409) {
          void getCoverLetter(resumeId, letter.id).then((latest) => {
            if (!cancelled) setLetter({ ...latest, text: latest.text })
          })
        }
      },
    )
    return () => {
      cancelled = true
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- saves when the settled text changes, not on every letter update
  }, [settled])

  // While the AI drafts, check the letter; its version appears when the job is done (unless the user is typing over it).
  useEffect(() => {
    if (!letter || finished(letter)) return
    const timer = window.setInterval(() => {
      void getCoverLetter(resumeId, letter.id).then((latest) => {
        if (!finished(latest) || latest.currentVersion === letter.currentVersion) {
          if (finished(latest)) {
            setLetter((shown) => (shown ? { ...shown, aiDraft: latest.aiDraft ?? null } : shown))
            if (latest.aiDraft?.error) setStatus(`The AI letter could not be used (${latest.aiDraft.error.title}); the offline draft stays.`)
          }
          return
        }
        if (text === letter.text) {
          show(latest)
          setStatus(`The AI letter arrived as version ${String(latest.currentVersion)}.`)
        } else {
          setLetter((shown) => (shown ? { ...shown, aiDraft: latest.aiDraft ?? null } : shown))
          setStatus(`The AI letter arrived as version ${String(latest.currentVersion)}; choose it below to see it.`)
        }
      }, () => undefined)
    }, pollMs)
    return () => {
      window.clearInterval(timer)
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- restarts only when the shown letter changes
  }, [letter?.id, letter?.currentVersion, letter?.aiDraft?.status])

  async function showVersion(number: number) {
    if (!letter) return
    try {
      const chosen = await getCoverLetter(resumeId, letter.id, number)
      // Editing an older version saves on top of the newest one.
      setLetter({ ...chosen, version: chosen.currentVersion, text: chosen.text })
      setText(chosen.text)
      setStatus(`Showing version ${String(number)}. Edits are saved as a new version.`)
    } catch (caught) {
      setError(errorMessage(caught))
    }
  }

  return (
    <section className="cover-letter" aria-labelledby={`${ids}-heading`}>
      <h2 id={`${ids}-heading`}>Cover letter</h2>
      {saved.length > 0 && (
        <nav className="cover-letter__saved" aria-label="Your cover letters">
          <ul>
            {saved.map((item) => (
              <li key={item.id}>
                <button
                  type="button"
                  className="button button--secondary button--small"
                  aria-current={letter?.id === item.id ? 'true' : undefined}
                  onClick={() => void open(item.id)}
                >
                  {describe(item)}
                </button>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <form className="cover-letter__form" onSubmit={(event) => {
          event.preventDefault()
          void draft()
        }} noValidate>
        <div className="field field--wide">
          <label htmlFor={`${ids}-posting`}>Job posting</label>
          <span className="field__hint" id={`${ids}-posting-hint`}>
            Leave empty to use the job description pasted in the Analysis panel.
          </span>
          <textarea
            id={`${ids}-posting`}
            className="input"
            rows={5}
            value={posting}
            maxLength={50000}
            aria-describedby={`${ids}-posting-hint`}
            onChange={(event) => {
              setPosting(event.target.value)
              setError(null)
            }}
          />
        </div>
        <div className="field">
          <label htmlFor={`${ids}-company`}>Company (optional)</label>
          <input id={`${ids}-company`} className="input" value={company} maxLength={200} onChange={(event) => {
              setCompany(event.target.value)
            }} />
        </div>
        <div className="field">
          <label htmlFor={`${ids}-role`}>Role (optional)</label>
          <input id={`${ids}-role`} className="input" value={role} maxLength={200} onChange={(event) => {
              setRole(event.target.value)
            }} />
        </div>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className={busy ? 'button button--disabled' : 'button'} aria-disabled={busy}>
          {busy ? 'Drafting…' : 'Draft letter'}
        </button>
      </form>

      {letter && (
        <div className="cover-letter__letter">
          <div className="field field--wide">
            <label htmlFor={`${ids}-letter`}>Letter</label>
            <span className="field__hint" id={`${ids}-letter-hint`}>
              Fill in the [bracketed] placeholders. Changes are saved as you type.
            </span>
            <textarea
              id={`${ids}-letter`}
              ref={editorRef}
              className="input"
              rows={18}
              value={text}
              maxLength={20000}
              aria-describedby={`${ids}-letter-hint`}
              onChange={(event) => {
                setText(event.target.value)
              }}
            />
          </div>
          <p className="muted" role="status">
            {text !== letter.text ? 'Saving…' : status}
          </p>
          {!finished(letter) && <p className="muted">The AI is drafting a letter from your resume’s facts…</p>}
          <div className="cover-letter__export">
            <a className="button button--secondary" href={coverLetterExportUrl(resumeId, letter.id, 'pdf', template, paper)} download>
              Export PDF
            </a>{' '}
            <a className="button button--secondary" href={coverLetterExportUrl(resumeId, letter.id, 'docx', template, paper)} download>
              Export DOCX
            </a>{' '}
            {confirmingDelete ? (
              <span role="group" aria-label="Delete this letter?">
                <span>Delete this letter and all its versions?</span>{' '}
                <button type="button" className="button button--danger" onClick={() => void remove()}>
                  Delete letter
                </button>{' '}
                <button type="button" className="button button--secondary" onClick={() => {
                    setConfirmingDelete(false)
                  }}>
                  Keep it
                </button>
              </span>
            ) : (
              <button type="button" className="button button--secondary" onClick={() => {
                  setConfirmingDelete(true)
                }}>
                Delete…
              </button>
            )}
          </div>
          {versions.length > 0 && (
            <div className="field">
              <label htmlFor={`${ids}-versions`}>Versions</label>
              <select
                id={`${ids}-versions`}
                className="input"
                value=""
                onChange={(event) => {
                  if (event.target.value) void showVersion(Number(event.target.value))
                }}
              >
                <option value="">Choose a version to show…</option>
                {versions.map((v) => (
                  <option key={v.number} value={v.number}>
                    {`Version ${String(v.number)} (${sources[v.source]})`}
                  </option>
                ))}
              </select>
            </div>
          )}
        </div>
      )}
    </section>
  )
}
