export interface DiffPart {
  kind: 'same' | 'removed' | 'added'
  text: string
}

/** Words, each with the spaces after it, so joining the tokens gives the text back. */
function tokens(text: string): string[] {
  return text.match(/^\s+|\S+\s*/g) ?? []
}

// Beyond this many token pairs the table gets large; such texts are shown as removed-then-added.
const maxCells = 250_000

/**
 * A word-level diff of `before` → `after`, with neighbouring parts of the same kind merged, so "Led the team" →
 * "Led a team" is same "Led ", removed "the", added "a", same " team". Words are matched by the longest common
 * subsequence weighted by word length, so content words ("loops") win over short ones ("for") when both could.
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  const a = tokens(before)
  const b = tokens(after)
  if (a.length * b.length > maxCells) return merge([{ kind: 'removed', text: before }, { kind: 'added', text: after }])
  const keyA = a.map((t) => t.trim())
  const keyB = b.map((t) => t.trim())

  // best[i][j]: the heaviest common subsequence of a[i..] and b[j..].
  const width = b.length + 1
  const best = new Float64Array((a.length + 1) * width)
  const at = (i: number, j: number) => best[i * width + j] ?? 0
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      const skip = Math.max(at(i + 1, j), at(i, j + 1))
      const left = keyA[i] ?? ''
      best[i * width + j] = left === keyB[j] ? Math.max(skip, at(i + 1, j + 1) + Math.max(1, left.length)) : skip
    }
  }

  const parts: DiffPart[] = []
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    const left = a[i]
    const right = b[j]
    const key = keyA[i] ?? ''
    if (left !== undefined && right !== undefined && key === keyB[j] && at(i, j) === at(i + 1, j + 1) + Math.max(1, key.length)) {
      // The same word; only the spaces after it may differ.
      const word = left.slice(0, left.indexOf(key) + key.length)
      parts.push({ kind: 'same', text: left === right ? left : word })
      if (left !== right) {
        parts.push({ kind: 'removed', text: left.slice(word.length) }, { kind: 'added', text: right.slice(word.length) })
      }
      i++
      j++
    } else if (right === undefined || (left !== undefined && at(i + 1, j) >= at(i, j + 1))) {
      parts.push({ kind: 'removed', text: left ?? '' })
      i++
    } else {
      parts.push({ kind: 'added', text: right })
      j++
    }
  }
  return merge(group(parts))
}

/**
 * Groups each run of changes as its removals, then its additions; a space both sides end with moves out of the
 * change, so "Was responsible for " → "Owned " reads as a change of words, not of the space after them.
 */
function group(parts: DiffPart[]): DiffPart[] {
  const grouped: DiffPart[] = []
  let removed = ''
  let added = ''
  const flush = () => {
    const space = /\s*$/.exec(removed)?.[0] ?? ''
    const common = space !== '' && added.endsWith(space) && removed.trim() !== '' && added.trim() !== '' ? space : ''
    grouped.push(
      { kind: 'removed', text: removed.slice(0, removed.length - common.length) },
      { kind: 'added', text: added.slice(0, added.length - common.length) },
      { kind: 'same', text: common },
    )
    removed = ''
    added = ''
  }
  for (const part of parts) {
    if (part.kind === 'removed') removed += part.text
    else if (part.kind === 'added') added += part.text
    else {
      flush()
      grouped.push(part)
    }
  }
  flush()
  return grouped
}

function merge(parts: DiffPart[]): DiffPart[] {
  const merged: DiffPart[] = []
  for (const part of parts) {
    if (part.text === '') continue
    const last = merged.at(-1)
    if (last?.kind === part.kind) last.text += part.text
    else merged.push({ ...part })
  }
  return merged
}
