import { getAt, updateAt } from '../../lib/resume-path'
import type { JsonResume } from '../../types/json-resume'

/** One change a user makes in the editor. `list` is the path of an array, e.g. "work[0].highlights". */
export type EditAction =
  | { type: 'set'; path: string; value: unknown }
  | { type: 'insert'; list: string; value: unknown }
  | { type: 'remove'; list: string; index: number }
  | { type: 'move'; list: string; from: number; to: number }

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? [...(value as unknown[])] : []
}

export function applyEdit(resume: JsonResume, action: EditAction): JsonResume {
  switch (action.type) {
    case 'set':
      // An emptied field is stored as null, so the exporters and analysers see "not given", not "".
      return updateAt(resume, action.path, () => (action.value === '' ? null : action.value))
    case 'insert':
      return updateAt(resume, action.list, (list) => [...asList(list), action.value])
    case 'remove':
      return updateAt(resume, action.list, (list) => asList(list).filter((_, index) => index !== action.index))
    case 'move':
      return updateAt(resume, action.list, (value) => {
        const list = asList(value)
        if (action.to < 0 || action.to >= list.length) return list
        const [item] = list.splice(action.from, 1)
        list.splice(action.to, 0, item)
        return list
      })
  }
}

/** Where the item at `index` ends up after the action; null when it was removed. */
function movedIndex(action: Exclude<EditAction, { type: 'set' | 'insert' }>, index: number): number | null {
  if (action.type === 'remove') return index === action.index ? null : index > action.index ? index - 1 : index
  const { from, to } = action
  if (index === from) return to
  if (from < to && index > from && index <= to) return index - 1
  if (from > to && index >= to && index < from) return index + 1
  return index
}

/**
 * Keeps path-keyed notes (such as the parser's "check this" flags) on the same item after a remove or move.
 * Editing a field counts as checking it, so its flag goes.
 */
export function remapPaths<V>(paths: ReadonlyMap<string, V>, action: EditAction): ReadonlyMap<string, V> {
  // Nothing to move or clear: keep the same map, so nothing that depends on it re-renders.
  if (action.type === 'insert' || paths.size === 0) return paths
  if (action.type === 'set' && !paths.has(action.path)) return paths
  const next = new Map<string, V>()
  for (const [path, value] of paths) {
    if (action.type === 'set') {
      if (path !== action.path) next.set(path, value)
      continue
    }
    if (!path.startsWith(`${action.list}[`)) {
      next.set(path, value)
      continue
    }
    const match = /^\[(\d+)\](.*)$/.exec(path.slice(action.list.length))
    if (!match) {
      next.set(path, value)
      continue
    }
    const index = movedIndex(action, Number(match[1]))
    if (index !== null) next.set(`${action.list}[${index}]${match[2] ?? ''}`, value)
  }
  return next
}

export function listLength(resume: JsonResume, list: string): number {
  const value = getAt(resume, list)
  return Array.isArray(value) ? value.length : 0
}
