import { describe, expect, it } from 'vitest'
import { formatBytes, formatDateRange, formatPartialDate } from './format'

describe('formatPartialDate', () => {
  it.each([
    ['2020-01-15', 'Jan 2020'],
    ['2020-01', 'Jan 2020'],
    ['2020', '2020'],
    ['Summer 2019', 'Summer 2019'],
    ['2020-13', '2020'],
  ])('%s → %s', (input, expected) => {
    expect(formatPartialDate(input)).toBe(expected)
  })
})

describe('formatDateRange', () => {
  it('treats a missing end date as ongoing', () => {
    expect(formatDateRange('2020-01', undefined)).toBe('Jan 2020 – Present')
  })
  it('shows both ends', () => {
    expect(formatDateRange('2018-03-01', '2019-12')).toBe('Mar 2018 – Dec 2019')
  })
  it('is empty without dates', () => {
    expect(formatDateRange(null, null)).toBe('')
  })
})

describe('formatBytes', () => {
  it.each([
    [10485760, '10 MB'],
    [1536 * 1024, '1.5 MB'],
    [2048, '2 KB'],
    [900, '900 bytes'],
  ])('%d → %s', (input, expected) => {
    expect(formatBytes(input)).toBe(expected)
  })
})
