import { getAt, parsePath } from '../../lib/resume-path'
import type { JsonResume } from '../../types/json-resume'

export interface BulletGroup {
  /** "Senior Engineer, Acme Corp" */
  title: string
  bullets: { path: string; text: string }[]
}

const sections = [
  { key: 'work', noun: 'Job', title: (e: Entry) => [e.position, e.name] },
  { key: 'volunteer', noun: 'Volunteer role', title: (e: Entry) => [e.position, e.organization] },
  { key: 'projects', noun: 'Project', title: (e: Entry) => [e.name] },
] as const

interface Entry {
  name?: string | null
  position?: string | null
  organization?: string | null
  highlights?: string[]
}

function titleOf(parts: readonly (string | null | undefined)[], fallback: string): string {
  const text = parts.filter((p): p is string => typeof p === 'string' && p.trim() !== '').map((p) => p.trim()).join(', ')
  return text === '' ? fallback : text
}

/** Every bullet the AI can rewrite (work, volunteer and project highlights), grouped by entry. */
export function bulletGroups(resume: JsonResume): BulletGroup[] {
  const groups: BulletGroup[] = []
  for (const section of sections) {
    const entries = (resume[section.key] ?? []) as Entry[]
    entries.forEach((entry, index) => {
      const bullets = (entry.highlights ?? [])
        .map((text, i) => ({ path: `${section.key}[${index}].highlights[${i}]`, text }))
        .filter((b) => b.text.trim() !== '')
      if (bullets.length > 0) groups.push({ title: titleOf(section.title(entry), `${section.noun} ${index + 1}`), bullets })
    })
  }
  return groups
}

const fieldNames: Record<string, string> = {
  summary: 'summary',
  label: 'headline',
  keywords: 'keywords',
  description: 'description',
  name: 'name',
  position: 'position',
}

/** A resume path in the user's words: "work[0].highlights[1]" → "Bullet 2 of Senior Engineer, Acme Corp". */
export function describeTarget(path: string, resume: JsonResume): string {
  const parts = parsePath(path)
  const [section, index, field, item] = parts
  if (section === 'basics' && typeof index === 'string') return index === 'summary' ? 'Summary' : index === 'label' ? 'Headline' : `Contact: ${index}`
  const known = sections.find((s) => s.key === section)
  if (known && typeof index === 'number') {
    const entry = getAt(resume, [known.key, index]) as Entry | undefined
    const title = titleOf(entry ? known.title(entry) : [], `${known.noun} ${index + 1}`)
    if (field === 'highlights' && typeof item === 'number') return `Bullet ${item + 1} of ${title}`
    if (typeof field === 'string') return `${title}: ${fieldNames[field] ?? field}`
    return title
  }
  if (section === 'skills' && typeof index === 'number') {
    const name = getAt(resume, ['skills', index, 'name'])
    return typeof name === 'string' && name.trim() !== '' ? `Skills: ${name.trim()}` : 'Skills'
  }
  return path
}
