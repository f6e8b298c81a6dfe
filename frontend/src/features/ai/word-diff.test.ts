import { describe, expect, it } from 'vitest'
import { wordDiff } from './word-diff'

describe('wordDiff', () => {
  it('marks only the words that changed', () => {
    expect(wordDiff('Led the team', 'Led a team')).toEqual([
      { kind: 'same', text: 'Led ' },
      { kind: 'removed', text: 'the' },
      { kind: 'added', text: 'a' },
      { kind: 'same', text: ' team' },
    ])
  })

  it('shows added words at the start and end', () => {
    expect(wordDiff('Mentored engineers', 'Delivered: Mentored engineers, improving results by [X]%')).toEqual([
      { kind: 'added', text: 'Delivered: ' },
      { kind: 'same', text: 'Mentored ' },
      { kind: 'removed', text: 'engineers' },
      { kind: 'added', text: 'engineers, improving results by [X]%' },
    ])
  })

  it('keeps a rewritten phrase as one removal and one addition', () => {
    expect(wordDiff('Was responsible for billing', 'Owned billing')).toEqual([
      { kind: 'removed', text: 'Was responsible for' },
      { kind: 'added', text: 'Owned' },
      { kind: 'same', text: ' billing' },
    ])
  })

  it('gives back both texts from its parts', () => {
    const before = 'Helped the team move from nightly batch jobs to an event-driven design'
    const after = 'Moved the team from nightly batch jobs to an event-driven design with RabbitMQ, cutting delays'
    const parts = wordDiff(before, after)
    expect(parts.filter((p) => p.kind !== 'added').map((p) => p.text).join('')).toBe(before)
    expect(parts.filter((p) => p.kind !== 'removed').map((p) => p.text).join('')).toBe(after)
  })

  it('handles empty texts', () => {
    expect(wordDiff('', 'A new summary')).toEqual([{ kind: 'added', text: 'A new summary' }])
    expect(wordDiff('same', 'same')).toEqual([{ kind: 'same', text: 'same' }])
  })
})
