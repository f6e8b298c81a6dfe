import { describe, expect, it } from 'vitest'
import { applyEdit, remapPaths } from './edits'

describe('editor actions', () => {
  const resume = { work: [{ highlights: ['a', 'b', 'c'] }, { name: 'Two' }] }

  it('sets, inserts, removes and moves', () => {
    expect(applyEdit(resume, { type: 'set', path: 'work[0].highlights[1]', value: 'B' }).work?.[0]?.highlights).toEqual(['a', 'B', 'c'])
    expect(applyEdit(resume, { type: 'set', path: 'work[1].name', value: '' }).work?.[1]?.name).toBeNull()
    expect(applyEdit(resume, { type: 'insert', list: 'work[0].highlights', value: '' }).work?.[0]?.highlights).toEqual(['a', 'b', 'c', ''])
    expect(applyEdit(resume, { type: 'remove', list: 'work[0].highlights', index: 0 }).work?.[0]?.highlights).toEqual(['b', 'c'])
    expect(applyEdit(resume, { type: 'move', list: 'work[0].highlights', from: 2, to: 1 }).work?.[0]?.highlights).toEqual(['a', 'c', 'b'])
    expect(applyEdit(resume, { type: 'move', list: 'work', from: 1, to: 0 }).work?.map((w) => w.name)).toEqual(['Two', undefined])
  })

  it('keeps “check this” flags on the item they belong to', () => {
    const flags = new Map([
      ['work[0].startDate', 'a'],
      ['work[1].name', 'b'],
      ['work[10].name', 'c'],
      ['basics.email', 'd'],
    ])
    expect([...remapPaths(flags, { type: 'move', list: 'work', from: 0, to: 1 }).keys()]).toEqual([
      'work[1].startDate',
      'work[0].name',
      'work[10].name',
      'basics.email',
    ])
    expect([...remapPaths(flags, { type: 'remove', list: 'work', index: 0 }).keys()]).toEqual(['work[0].name', 'work[9].name', 'basics.email'])
    expect(remapPaths(flags, { type: 'set', path: 'basics.email', value: 'x' }).has('basics.email')).toBe(false)
  })
})
