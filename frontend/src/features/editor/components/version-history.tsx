import { useState } from 'react'
import { errorMessage } from '../../../lib/api-client'
import { formatTimestamp } from '../../../lib/format'
import { useResource } from '../../../lib/use-resource'
import type { VersionSource } from '../../../types/api'
import { getVersions, restoreVersion, versionsPath } from '../api/versions'
import type { ResumeDraft } from '../hooks/use-resume-draft'

const sourceLabels: Record<VersionSource, string> = {
  upload: 'Uploaded',
  edit: 'Edited',
  restore: 'Restored',
  fix: 'Fixes applied',
  ai: 'AI suggestion',
}

type Draft = Pick<ResumeDraft, 'id' | 'version' | 'commit'>

export interface VersionRestorer {
  busy: boolean
  /** What the last restore did, or why it failed. */
  message: { text: string; error: boolean } | null
  /** The version Undo would go back to, if any. */
  previous: number | undefined
  undo: () => void
  restore: (number: number) => void
}

/** Undo and restore, shared by the Undo button (always in reach) and the Versions panel. */
export function useVersionRestorer({ id, version, commit }: Draft): VersionRestorer {
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null)
  // After an Undo, the next Undo steps further back instead of undoing the undo.
  const [lastUndo, setLastUndo] = useState<{ restored: number; produced: number } | null>(null)

  // Versions are numbered 1, 2, 3… so the one before is known without asking the server.
  const before = lastUndo?.produced === version ? lastUndo.restored : version
  const previous = before > 1 ? before - 1 : undefined

  async function run(number: number, what: string) {
    setBusy(true)
    setMessage(null)
    try {
      const detail = await commit(() => restoreVersion(id, number))
      setLastUndo(what ? { restored: number, produced: detail.version } : null)
      setMessage({ text: `${what} Restored version ${number}.`.trim(), error: false })
    } catch (error) {
      setMessage({ text: errorMessage(error), error: true })
    } finally {
      setBusy(false)
    }
  }

  return {
    busy,
    message,
    previous,
    undo: () => {
      if (previous !== undefined) void run(previous, 'Undone.')
    },
    restore: (number) => void run(number, ''),
  }
}

/** Undo (back to the previous version) and what the last restore did. */
export function UndoControl({ restorer }: { restorer: VersionRestorer }) {
  const { busy, message, previous, undo } = restorer
  return (
    <div className="undo-control">
      <button type="button" className="button button--secondary" disabled={busy || previous === undefined} onClick={undo}>
        Undo
      </button>
      {message && (
        <p className={message.error ? 'form-error' : 'muted'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </div>
  )
}

/** The current version and the list of every saved version, each restorable. */
export function VersionHistory({ draft, restorer }: { draft: Draft; restorer: VersionRestorer }) {
  const { id, version } = draft
  const [open, setOpen] = useState(false)

  return (
    <section className="panel" aria-labelledby="history-heading">
      <h2 id="history-heading">Versions</h2>
      <p className="muted">Current: version {version}</p>
      <details className="history" open={open}>
        <summary
          onClick={(event) => {
            // Controlled, so the list mounts (and loads) exactly when the user opens it.
            event.preventDefault()
            setOpen((o) => !o)
          }}
        >
          History
        </summary>
        {/* Loaded only while open: autosave makes many versions, and each list costs a request. */}
        {open && <VersionList id={id} version={version} busy={restorer.busy} onRestore={restorer.restore} />}
      </details>
    </section>
  )
}

function VersionList({
  id,
  version,
  busy,
  onRestore,
}: {
  id: string
  version: number
  busy: boolean
  onRestore: (number: number) => void
}) {
  const [versions, { reload }] = useResource(`${versionsPath(id)}@${version}`, (signal) => getVersions(id, signal))
  if (versions.status === 'loading') return <p className="muted">Loading versions…</p>
  if (versions.status === 'error') {
    return (
      <p className="form-error">
        {errorMessage(versions.error)}{' '}
        <button type="button" className="link-button" onClick={reload}>
          Try again
        </button>
      </p>
    )
  }
  return (
    <ol className="history__list" aria-label="Saved versions, newest first">
      {versions.data.items.map((item) => (
        <li key={item.number} className="history__item">
          <span>
            <strong>Version {item.number}</strong> · {sourceLabels[item.source]} ·{' '}
            <time dateTime={item.createdAt}>{formatTimestamp(item.createdAt)}</time>
          </span>
          {item.number === version ? (
            <span className="muted">current</span>
          ) : (
            <button
              type="button"
              className="button button--small button--secondary"
              disabled={busy}
              aria-label={`Restore version ${item.number}`}
              onClick={() => {
                onRestore(item.number)
              }}
            >
              Restore
            </button>
          )}
        </li>
      ))}
    </ol>
  )
}
