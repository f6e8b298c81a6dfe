import { createContext, useContext } from 'react'
import type { UnsureFields } from '../confidence'
import type { EditAction } from '../edits'

export interface EditorApi {
  edit: (action: EditAction) => void
  confirm: (path: string) => void
  unsure: UnsureFields
  /** The path a finding pointed at, shown highlighted. */
  highlighted: string | null
}

export const EditorContext = createContext<EditorApi>({
  edit: () => undefined,
  confirm: () => undefined,
  unsure: new Map(),
  highlighted: null,
})

export function useEditor(): EditorApi {
  return useContext(EditorContext)
}

/** A DOM id for the field at a resume path. */
export function fieldId(path: string): string {
  return `field-${path.replace(/[^\w-]/g, '_')}`
}
