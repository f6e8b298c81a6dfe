import { useEditor } from './editor-context'

/** "Check this" on a field the parser was unsure of, until the user edits it or says it is right. */
export function CheckMarker({ path, describes }: { path: string; describes?: string }) {
  const { unsure, confirm } = useEditor()
  if (!unsure.has(path)) return null
  const reason = unsure.get(path)
  return (
    <span className="check-marker" id={describes}>
      <span className="check-marker__label">Check this</span>
      {reason ? <span className="check-marker__reason">: {reason}</span> : null}{' '}
      <button
        type="button"
        className="link-button"
        onClick={() => {
          confirm(path)
        }}
      >
        It’s correct
      </button>
    </span>
  )
}
