import { apiFetch } from '../../../lib/api-client'

/** How a user accepts a flagged word: a name or term to add, or a finding that is not a mistake. */
export type DictionaryWordKind = 'dictionary' | 'ignored'

export interface DictionaryEntry {
  word: string
  kind: DictionaryWordKind
  createdAt: string
}

/** POST /api/v1/dictionary: every later check of this workspace's resumes accepts the word. */
export function acceptWord(word: string, kind: DictionaryWordKind): Promise<DictionaryEntry> {
  return apiFetch<DictionaryEntry>('/api/v1/dictionary', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ word, kind }),
  })
}
