import { describe, expect, it } from 'vitest'
import { findUnsureFields, normalizePath } from './confidence'

describe('normalizePath', () => {
  it.each([
    ['work[1].startDate', 'work[1].startDate'],
    ['$.work[1].startDate', 'work[1].startDate'],
    ['/work/1/startDate', 'work[1].startDate'],
    ['work.1.highlights.0', 'work[1].highlights[0]'],
    ['basics.email', 'basics.email'],
  ])('%s → %s', (input, expected) => {
    expect(normalizePath(input)).toBe(expected)
  })
})

describe('findUnsureFields', () => {
  it('keeps only scores below 0.6', () => {
    const unsure = findUnsureFields([
      { path: 'basics.name', score: 0.59, reason: 'Guessed from the first line' },
      { path: 'basics.email', score: 0.6, reason: 'Fine' },
    ])
    expect([...unsure.entries()]).toEqual([['basics.name', 'Guessed from the first line']])
  })
})
