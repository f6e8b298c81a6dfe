import { useId, useRef, useState, type ChangeEvent, type DragEvent } from 'react'

interface DropZoneProps {
  accept: string[]
  disabled: boolean
  onFiles: (files: File[]) => void
  /** Id of the text describing the accepted types and size limit. */
  describedBy: string
}

/** Drop a file here, or choose one with the picker; both feed the same handler. */
export function DropZone({ accept, disabled, onFiles, describedBy }: DropZoneProps) {
  const inputId = useId()
  const inputRef = useRef<HTMLInputElement>(null)
  const [dragging, setDragging] = useState(false)

  function handleChange(event: ChangeEvent<HTMLInputElement>) {
    const files = Array.from(event.target.files ?? [])
    // Reset so choosing the same file again still fires a change.
    event.target.value = ''
    if (files.length > 0) onFiles(files)
  }

  function handleDragOver(event: DragEvent<HTMLDivElement>) {
    event.preventDefault()
    event.dataTransfer.dropEffect = disabled ? 'none' : 'copy'
    if (!disabled) setDragging(true)
  }

  function handleDragLeave(event: DragEvent<HTMLDivElement>) {
    const next = event.relatedTarget
    if (next instanceof Node && event.currentTarget.contains(next)) return
    setDragging(false)
  }

  function handleDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault()
    setDragging(false)
    if (disabled) return
    const files = Array.from(event.dataTransfer.files)
    if (files.length > 0) onFiles(files)
  }

  return (
    <div
      className={`drop-zone${dragging ? ' drop-zone--active' : ''}${disabled ? ' drop-zone--disabled' : ''}`}
      data-testid="drop-zone"
      onDragEnter={handleDragOver}
      onDragOver={handleDragOver}
      onDragLeave={handleDragLeave}
      onDrop={handleDrop}
    >
      <svg className="drop-zone__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d="M12 16V4m0 0-4.5 4.5M12 4l4.5 4.5M5 15v3a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2v-3" />
      </svg>
      <p className="drop-zone__lead">{dragging ? 'Drop your resume to upload it' : 'Drag and drop your resume here'}</p>
      <p className="drop-zone__or">or</p>
      <input
        ref={inputRef}
        id={inputId}
        className="visually-hidden file-input"
        type="file"
        accept={accept.join(',')}
        disabled={disabled}
        aria-describedby={describedBy}
        onChange={handleChange}
      />
      <label htmlFor={inputId} className={`button${disabled ? ' button--disabled' : ''}`}>
        Choose a file
      </label>
    </div>
  )
}
