const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** "2020-01-15" or "2020-01" → "Jan 2020"; "2020" → "2020"; anything else is shown as written. */
export function formatPartialDate(value: string): string {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-\d{2})?$/.exec(value.trim())
  if (!match) return value
  const [, year, month] = match
  const name = month ? months[Number(month) - 1] : undefined
  return name ? `${name} ${year ?? ''}` : (year ?? value)
}

/** "Jan 2020 – Present" for an ongoing entry, "Jan 2020 – Mar 2022" otherwise, "" when there are no dates. */
export function formatDateRange(start?: string | null, end?: string | null): string {
  if (!start && !end) return ''
  if (!start) return formatPartialDate(end ?? '')
  return `${formatPartialDate(start)} – ${end ? formatPartialDate(end) : 'Present'}`
}

/** Bytes in the units people read: "10 MB", "1.5 MB", "320 KB". */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB']
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit += 1
  }
  const rounded = unit === 0 ? value : Math.round(value * 10) / 10
  return `${rounded} ${units[unit] ?? 'bytes'}`
}

const dateTime = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' })

/** An API timestamp as a readable local date and time. */
export function formatTimestamp(iso: string): string {
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? iso : dateTime.format(date)
}

/** "30 days", "1 day". */
export function formatDays(days: number): string {
  return days === 1 ? '1 day' : `${String(days)} days`
}
