import { describe, expect, it } from 'vitest'
import { formatPath, getAt, parsePath, replaceRange, setAt } from './resume-path'

describe('resume paths', () => {
  it('parses and formats the API’s path form', () => {
    expect(parsePath('work[1].highlights[2]')).toEqual(['work', 1, 'highlights', 2])
    expect(parsePath('basics.location.city')).toEqual(['basics', 'location', 'city'])
    expect(formatPath(['work', 1, 'highlights', 2])).toBe('work[1].highlights[2]')
  })

  it('reads and writes without changing the original', () => {
    const root = { work: [{ highlights: ['a', 'b'] }] }
    expect(getAt(root, 'work[0].highlights[1]')).toBe('b')
    expect(getAt(root, 'work[3].name')).toBeUndefined()
    const next = setAt(root, 'work[0].highlights[1]', 'c')
    expect(next.work[0]?.highlights).toEqual(['a', 'c'])
    expect(root.work[0]?.highlights).toEqual(['a', 'b'])
    expect(setAt({}, 'basics.location.city', 'Paris')).toEqual({ basics: { location: { city: 'Paris' } } })
  })

  it('replaces a range only when it fits', () => {
    expect(replaceRange('Managed teh team', 8, 3, 'the')).toBe('Managed the team')
    expect(replaceRange('short', 3, 10, 'x')).toBeNull()
  })
})
