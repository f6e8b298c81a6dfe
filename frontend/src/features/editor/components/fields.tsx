import { useEffect, useRef, useState } from 'react'
import { fieldId, useEditor } from './editor-context'
import { CheckMarker } from './check-marker'
import { FindingMarker, findingsId, useFieldFindings } from './finding-marker'

function text(value: unknown): string {
  return typeof value === 'string' ? value : ''
}

interface TextFieldProps {
  path: string
  label: string
  value: unknown
  multiline?: boolean
  hint?: string
  type?: 'text' | 'email' | 'tel' | 'url'
  autoComplete?: string
}

/** What describes a field to a screen reader: its hint, the parser's doubt, the analysis findings about it. */
function describedBy(path: string, hint: boolean, flagged: boolean, findings: boolean): string | undefined {
  const id = fieldId(path)
  return [hint ? `${id}-hint` : null, flagged ? `${id}-check` : null, findings ? findingsId(path) : null].filter(Boolean).join(' ') || undefined
}

/** One labelled input bound to a resume path, with the analysis findings about it right after it. */
export function TextField({ path, label, value, multiline = false, hint, type = 'text', autoComplete }: TextFieldProps) {
  const { edit, unsure, highlighted } = useEditor()
  const id = fieldId(path)
  const flagged = unsure.has(path)
  const findings = useFieldFindings(path).length > 0
  const common = {
    id,
    'data-path': path,
    value: text(value),
    'aria-describedby': describedBy(path, hint !== undefined, flagged, findings),
    className: `input${flagged ? ' input--unsure' : ''}`,
    onChange: (event: { target: { value: string } }) => {
      edit({ type: 'set', path, value: event.target.value })
    },
  }
  return (
    <div className={`field${highlighted === path ? ' is-highlighted' : ''}${multiline ? ' field--wide' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span className="field__hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {multiline ? <textarea rows={3} {...common} /> : <input type={type} autoComplete={autoComplete ?? 'off'} {...common} />}
      <CheckMarker path={path} describes={`${id}-check`} />
      <FindingMarker path={path} />
    </div>
  )
}

/** One item per line: a comma inside an item ("Word, Excel & Outlook") stays part of it. */
export function splitLines(value: string): string[] {
  return value
    .split('\n')
    .map((item) => item.trim())
    .filter((item) => item !== '')
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index])
}

/** A short list (keywords, courses) edited as text, one item per line. */
export function ListField({ path, label, value }: { path: string; label: string; value: unknown }) {
  const { edit, unsure, highlighted } = useEditor()
  const items = Array.isArray(value) ? (value as unknown[]).filter((v): v is string => typeof v === 'string') : []
  const [draft, setDraft] = useState(items.join('\n'))
  const [seen, setSeen] = useState(items)
  // The list changed from outside (undo, a fix): show it, unless it is what the user is typing.
  if (!sameList(seen, items)) {
    setSeen(items)
    if (!sameList(splitLines(draft), items)) setDraft(items.join('\n'))
  }
  const id = fieldId(path)
  const flagged = unsure.has(path)
  const findings = useFieldFindings(path).length > 0
  return (
    <div className={`field field--wide${highlighted === path ? ' is-highlighted' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <span className="field__hint" id={`${id}-hint`}>
        One per line
      </span>
      <textarea
        id={id}
        data-path={path}
        className={`input${flagged ? ' input--unsure' : ''}`}
        rows={Math.min(8, Math.max(2, items.length + 1))}
        value={draft}
        aria-describedby={describedBy(path, true, flagged, findings)}
        onChange={(event) => {
          setDraft(event.target.value)
          const next = splitLines(event.target.value)
          setSeen(next)
          edit({ type: 'set', path, value: next })
        }}
      />
      <CheckMarker path={path} describes={`${id}-check`} />
      <FindingMarker path={path} />
    </div>
  )
}

interface ReorderButtonsProps {
  list: string
  index: number
  count: number
  noun: string
  onMoved: (to: number, button: 'up' | 'down') => void
}

/** Move up / Move down / Remove for the item at `index`; every button names the item it acts on. */
export function ReorderButtons({ list, index, count, noun, onMoved }: ReorderButtonsProps) {
  const { edit } = useEditor()
  const name = `${noun} ${index + 1}`
  const base = `${fieldId(list)}-${index}`
  return (
    <div className="reorder" role="group" aria-label={`Arrange ${name}`}>
      <button
        id={`${base}-up`}
        type="button"
        className="button button--small button--secondary"
        aria-label={`Move up: ${name}`}
        disabled={index === 0}
        onClick={() => {
          edit({ type: 'move', list, from: index, to: index - 1 })
          onMoved(index - 1, 'up')
        }}
      >
        Move up
      </button>
      <button
        id={`${base}-down`}
        type="button"
        className="button button--small button--secondary"
        aria-label={`Move down: ${name}`}
        disabled={index === count - 1}
        onClick={() => {
          edit({ type: 'move', list, from: index, to: index + 1 })
          onMoved(index + 1, 'down')
        }}
      >
        Move down
      </button>
      <button
        type="button"
        className="button button--small button--secondary"
        aria-label={`Remove ${name}`}
        onClick={() => {
          edit({ type: 'remove', list, index })
          onMoved(Math.min(index, count - 2), 'up')
        }}
      >
        Remove
      </button>
    </div>
  )
}

/**
 * After a move or remove, keeps keyboard focus with the item: on the same button of its new place,
 * or the other arrow when that one is now disabled, or the list's "Add" button when it is empty.
 */
export function useFocusAfterMove(list: string, addButtonId: string) {
  const request = useRef<{ index: number; button: 'up' | 'down' } | null>(null)
  const [tick, setTick] = useState(0)
  useEffect(() => {
    const wanted = request.current
    if (!wanted) return
    request.current = null
    const base = `${fieldId(list)}-${wanted.index}`
    const other = wanted.button === 'up' ? 'down' : 'up'
    const candidates = [`${base}-${wanted.button}`, `${base}-${other}`, addButtonId]
    for (const candidate of candidates) {
      const element = document.getElementById(candidate)
      if (element instanceof HTMLButtonElement && !element.disabled) {
        element.focus()
        return
      }
    }
  }, [tick, list, addButtonId])
  return (index: number, button: 'up' | 'down') => {
    request.current = { index, button }
    setTick((n) => n + 1)
  }
}

/** Bullet points (highlights): one text box each, with add, remove and reorder. */
export function BulletList({ path, label, value, noun = 'bullet' }: { path: string; label: string; value: unknown; noun?: string }) {
  const { edit, highlighted } = useEditor()
  const items = Array.isArray(value) ? (value as unknown[]) : []
  const addId = `${fieldId(path)}-add`
  const onMoved = useFocusAfterMove(path, addId)
  return (
    <fieldset className={`bullets${highlighted === path ? ' is-highlighted' : ''}`} data-path={path} tabIndex={-1}>
      <legend>{label}</legend>
      <CheckMarker path={path} />
      {items.length === 0 && <p className="muted">No {noun}s yet.</p>}
      <ol className="bullets__list">
        {items.map((item, index) => {
          const itemPath = `${path}[${index}]`
          return (
            <li key={index} className="bullets__item">
              <TextField path={itemPath} label={`${capitalise(noun)} ${index + 1}`} value={item} multiline />
              <ReorderButtons list={path} index={index} count={items.length} noun={noun} onMoved={onMoved} />
            </li>
          )
        })}
      </ol>
      <button
        id={addId}
        type="button"
        className="button button--small button--secondary"
        onClick={() => {
          edit({ type: 'insert', list: path, value: '' })
          // Put the cursor in the new bullet, ready to type.
          window.setTimeout(() => document.getElementById(fieldId(`${path}[${items.length}]`))?.focus(), 0)
        }}
      >
        Add {noun}
      </button>
    </fieldset>
  )
}

export function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}
