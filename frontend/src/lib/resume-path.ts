// Paths into a JSON Resume as the API writes them: "basics.email", "work[1].highlights[2]".
// The editor, the analysis findings and the fixes all address fields this way.

export type PathPart = string | number

/** "work[1].highlights[2]" → ["work", 1, "highlights", 2]. */
export function parsePath(path: string): PathPart[] {
  const parts: PathPart[] = []
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (match[2] !== undefined) parts.push(Number(match[2]))
    else if (match[1] !== undefined) parts.push(/^\d+$/.test(match[1]) ? Number(match[1]) : match[1])
  }
  return parts
}

/** ["work", 1, "highlights", 2] → "work[1].highlights[2]". */
export function formatPath(parts: readonly PathPart[]): string {
  return parts.map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`)).join('')
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

export function getAt(root: unknown, path: string | readonly PathPart[]): unknown {
  const parts = typeof path === 'string' ? parsePath(path) : path
  let current: unknown = root
  for (const part of parts) {
    if (typeof part === 'number') current = Array.isArray(current) ? (current as unknown[])[part] : undefined
    else current = isRecord(current) ? current[part] : undefined
    if (current === undefined) return undefined
  }
  return current
}

/** A copy of `root` with `change` applied to the value at `path`; missing objects and lists on the way are created. */
export function updateAt<T>(root: T, path: string | readonly PathPart[], change: (value: unknown) => unknown): T {
  const parts = typeof path === 'string' ? parsePath(path) : path
  function step(node: unknown, index: number): unknown {
    const part = parts[index]
    if (part === undefined) return change(node)
    if (typeof part === 'number') {
      const list = Array.isArray(node) ? [...(node as unknown[])] : []
      list[part] = step(list[part], index + 1)
      return list
    }
    const record = isRecord(node) ? { ...node } : {}
    record[part] = step(record[part], index + 1)
    return record
  }
  return step(root, 0) as T
}

export function setAt<T>(root: T, path: string | readonly PathPart[], value: unknown): T {
  return updateAt(root, path, () => value)
}

/** Applies an offset/length replacement to a string, or returns null when it no longer fits the text. */
export function replaceRange(text: string, offset: number, length: number, replacement: string): string | null {
  if (!Number.isInteger(offset) || !Number.isInteger(length) || offset < 0 || length < 0 || offset + length > text.length) {
    return null
  }
  return text.slice(0, offset) + replacement + text.slice(offset + length)
}
