import type { SaveStatus } from '../hooks/use-resume-draft'

/** "Saving…", "Saved", or what went wrong and what to do about it. Announced politely. */
export function SaveIndicator({ status, onRetry }: { status: SaveStatus; onRetry: () => void }) {
  return (
    <div className={`save-status save-status--${status.state}`} role="status">
      {status.state === 'pending' && 'Unsaved changes'}
      {status.state === 'saving' && 'Saving…'}
      {status.state === 'saved' && 'Saved'}
      {status.state === 'failed' && (
        <>
          <span>Couldn’t save. {status.message}</span>{' '}
          <button type="button" className="button button--small button--secondary" onClick={onRetry}>
            Retry
          </button>
        </>
      )}
      {status.state === 'conflict' && (
        <>
          <span>{status.message} Your latest change is not saved.</span>{' '}
          <button
            type="button"
            className="button button--small button--secondary"
            onClick={() => {
              window.location.reload()
            }}
          >
            Reload
          </button>
        </>
      )}
    </div>
  )
}
