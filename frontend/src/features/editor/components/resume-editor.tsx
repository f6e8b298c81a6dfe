import { memo, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react'
import { getAt, parsePath, formatPath } from '../../../lib/resume-path'
import type { JsonResume } from '../../../types/json-resume'
import type { UnsureFields } from '../confidence'
import type { EditAction } from '../edits'
import { CheckMarker } from './check-marker'
import { EditorContext, fieldId, type EditorApi } from './editor-context'
import { FindingMarker, FindingsContext, type FieldFinding } from './finding-marker'
import { BulletList, capitalise, ListField, ReorderButtons, TextField, useFocusAfterMove } from './fields'

type FieldKind = 'text' | 'long' | 'date' | 'end-date' | 'url' | 'list' | 'bullets'
interface FieldSpec {
  key: string
  label: string
  kind?: FieldKind
}
interface SectionSpec {
  key: keyof JsonResume
  title: string
  /** What one entry is called: "job" → "Add job", "Move job 2 up". */
  noun: string
  fields: FieldSpec[]
  /** A short name for an entry, from its most telling fields. */
  describe: string[]
}

const sections: SectionSpec[] = [
  {
    key: 'work',
    title: 'Work experience',
    noun: 'job',
    describe: ['position', 'name'],
    fields: [
      { key: 'position', label: 'Job title' },
      { key: 'name', label: 'Company' },
      { key: 'location', label: 'Location' },
      { key: 'url', label: 'Company website', kind: 'url' },
      { key: 'startDate', label: 'Start date', kind: 'date' },
      { key: 'endDate', label: 'End date', kind: 'end-date' },
      { key: 'summary', label: 'Summary', kind: 'long' },
      { key: 'highlights', label: 'Achievements', kind: 'bullets' },
    ],
  },
  {
    key: 'education',
    title: 'Education',
    noun: 'education entry',
    describe: ['institution', 'area'],
    fields: [
      { key: 'institution', label: 'Institution' },
      { key: 'studyType', label: 'Degree' },
      { key: 'area', label: 'Field of study' },
      { key: 'score', label: 'Grade' },
      { key: 'startDate', label: 'Start date', kind: 'date' },
      { key: 'endDate', label: 'End date', kind: 'end-date' },
      { key: 'url', label: 'Website', kind: 'url' },
      { key: 'courses', label: 'Courses', kind: 'list' },
    ],
  },
  {
    key: 'skills',
    title: 'Skills',
    noun: 'skill group',
    describe: ['name'],
    fields: [
      { key: 'name', label: 'Group name' },
      { key: 'level', label: 'Level' },
      { key: 'keywords', label: 'Skills', kind: 'list' },
    ],
  },
  {
    key: 'projects',
    title: 'Projects',
    noun: 'project',
    describe: ['name'],
    fields: [
      { key: 'name', label: 'Project name' },
      { key: 'description', label: 'Description', kind: 'long' },
      { key: 'url', label: 'Link', kind: 'url' },
      { key: 'startDate', label: 'Start date', kind: 'date' },
      { key: 'endDate', label: 'End date', kind: 'end-date' },
      { key: 'roles', label: 'Roles', kind: 'list' },
      { key: 'keywords', label: 'Keywords', kind: 'list' },
      { key: 'highlights', label: 'Achievements', kind: 'bullets' },
    ],
  },
  {
    key: 'certificates',
    title: 'Certificates',
    noun: 'certificate',
    describe: ['name'],
    fields: [
      { key: 'name', label: 'Certificate' },
      { key: 'issuer', label: 'Issuer' },
      { key: 'date', label: 'Date', kind: 'date' },
      { key: 'url', label: 'Link', kind: 'url' },
    ],
  },
  {
    key: 'languages',
    title: 'Languages',
    noun: 'language',
    describe: ['language'],
    fields: [
      { key: 'language', label: 'Language' },
      { key: 'fluency', label: 'Fluency' },
    ],
  },
  {
    key: 'awards',
    title: 'Awards',
    noun: 'award',
    describe: ['title'],
    fields: [
      { key: 'title', label: 'Award' },
      { key: 'awarder', label: 'Awarded by' },
      { key: 'date', label: 'Date', kind: 'date' },
      { key: 'summary', label: 'Summary', kind: 'long' },
    ],
  },
  {
    key: 'volunteer',
    title: 'Volunteering',
    noun: 'volunteer role',
    describe: ['position', 'organization'],
    fields: [
      { key: 'position', label: 'Role' },
      { key: 'organization', label: 'Organisation' },
      { key: 'url', label: 'Website', kind: 'url' },
      { key: 'startDate', label: 'Start date', kind: 'date' },
      { key: 'endDate', label: 'End date', kind: 'end-date' },
      { key: 'summary', label: 'Summary', kind: 'long' },
      { key: 'highlights', label: 'Achievements', kind: 'bullets' },
    ],
  },
  {
    key: 'publications',
    title: 'Publications',
    noun: 'publication',
    describe: ['name'],
    fields: [
      { key: 'name', label: 'Title' },
      { key: 'publisher', label: 'Publisher' },
      { key: 'releaseDate', label: 'Date', kind: 'date' },
      { key: 'url', label: 'Link', kind: 'url' },
      { key: 'summary', label: 'Summary', kind: 'long' },
    ],
  },
  {
    key: 'interests',
    title: 'Interests',
    noun: 'interest',
    describe: ['name'],
    fields: [
      { key: 'name', label: 'Interest' },
      { key: 'keywords', label: 'Details', kind: 'list' },
    ],
  },
]

const dateHint = 'YYYY-MM, or YYYY'

function Field({ spec, path, value }: { spec: FieldSpec; path: string; value: unknown }) {
  switch (spec.kind) {
    case 'bullets':
      return (
        <>
          <BulletList path={path} label={spec.label} value={value} />
          {/* Each bullet shows its own findings; this shows those about the list as a whole. */}
          <FindingMarker path={path} exact />
        </>
      )
    case 'list':
      return <ListField path={path} label={spec.label} value={value} />
    case 'long':
      return <TextField path={path} label={spec.label} value={value} multiline />
    case 'url':
      return <TextField path={path} label={spec.label} value={value} type="url" />
    case 'date':
      return <TextField path={path} label={spec.label} value={value} hint={dateHint} />
    case 'end-date':
      return <TextField path={path} label={spec.label} value={value} hint={`${dateHint}; empty if ongoing`} />
    default:
      return <TextField path={path} label={spec.label} value={value} />
  }
}

function describeEntry(entry: unknown, keys: string[]): string {
  return keys
    .map((key) => getAt(entry, [key]))
    .filter((v): v is string => typeof v === 'string' && v.trim() !== '')
    .join(', ')
}

// Memoised on the section's own data, so typing in one section does not re-render the others.
interface CollapsibleSectionProps {
  sectionKey: string
  title: string
  open: boolean
  onToggle: (sectionKey: string) => void
  children: ReactNode
}

/** A section of the editor whose body folds away behind a disclosure button in its heading. */
function CollapsibleSection({ sectionKey, title, open, onToggle, children }: CollapsibleSectionProps) {
  const headingId = `editor-${sectionKey}`
  const bodyId = `${headingId}-body`
  return (
    <section className="editor-section" aria-labelledby={headingId} data-path={sectionKey} tabIndex={-1}>
      <h2 id={headingId} className="editor-section__heading">
        <button
          type="button"
          id={sectionToggleId(sectionKey)}
          className="editor-section__toggle"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => {
            onToggle(sectionKey)
          }}
        >
          {title}
        </button>{' '}
        <CheckMarker path={sectionKey} />
      </h2>
      <div id={bodyId} className="editor-section__body" hidden={!open}>
        {children}
      </div>
    </section>
  )
}

function sectionToggleId(sectionKey: string): string {
  return `editor-${sectionKey}-toggle`
}

interface SectionState {
  open: boolean
  onToggle: (sectionKey: string) => void
}

const EntrySection = memo(function EntrySection({
  spec,
  value,
  edit,
  open,
  onToggle,
}: { spec: SectionSpec; value: unknown; edit: EditorApi['edit'] } & SectionState) {
  const list = spec.key
  const items = Array.isArray(value) ? (value as unknown[]) : []
  const addId = `${fieldId(list)}-add`
  const onMoved = useFocusAfterMove(list, addId)
  return (
    <CollapsibleSection sectionKey={list} title={spec.title} open={open} onToggle={onToggle}>
      {items.length === 0 && <p className="muted">Nothing here yet.</p>}
      {items.map((entry, index) => {
        const path = `${list}[${index}]`
        const name = describeEntry(entry, spec.describe)
        return (
          <fieldset key={index} className="entry-editor" data-path={path} tabIndex={-1}>
            <legend>
              {capitalise(spec.noun)} {index + 1}
              {name ? `: ${name}` : ''}
            </legend>
            <CheckMarker path={path} />
            <FindingMarker path={path} exact />
            <div className="field-grid">
              {spec.fields.map((field) => (
                <Field key={field.key} spec={field} path={`${path}.${field.key}`} value={getAt(entry, [field.key])} />
              ))}
            </div>
            <ReorderButtons list={list} index={index} count={items.length} noun={spec.noun} onMoved={onMoved} />
          </fieldset>
        )
      })}
      <button
        id={addId}
        type="button"
        className="button button--secondary"
        onClick={() => {
          edit({ type: 'insert', list, value: {} })
          window.setTimeout(() => document.querySelector<HTMLElement>(`[data-path="${list}[${items.length}]"] input`)?.focus(), 0)
        }}
      >
        Add {spec.noun}
      </button>
    </CollapsibleSection>
  )
})

const basicsTitle = 'Contact and summary'

const BasicsSection = memo(function BasicsSection({
  value,
  edit,
  open,
  onToggle,
}: { value: JsonResume['basics']; edit: EditorApi['edit'] } & SectionState) {
  const basics = value ?? {}
  const profiles = basics.profiles ?? []
  const addId = `${fieldId('basics.profiles')}-add`
  const onMoved = useFocusAfterMove('basics.profiles', addId)
  return (
    <CollapsibleSection sectionKey="basics" title={basicsTitle} open={open} onToggle={onToggle}>
      <CheckMarker path="basics.location" />
      <div className="field-grid">
        <TextField path="basics.name" label="Full name" value={basics.name} autoComplete="name" />
        <TextField path="basics.label" label="Headline" value={basics.label} hint="For example “Senior Data Analyst”" />
        <TextField path="basics.email" label="Email" value={basics.email} type="email" autoComplete="email" />
        <TextField path="basics.phone" label="Phone" value={basics.phone} type="tel" autoComplete="tel" />
        <TextField path="basics.url" label="Website" value={basics.url} type="url" />
        <TextField path="basics.location.city" label="City" value={basics.location?.city} />
        <TextField path="basics.location.region" label="Region" value={basics.location?.region} />
        <TextField path="basics.location.countryCode" label="Country code" value={basics.location?.countryCode} hint="For example GB" />
        <TextField path="basics.location.address" label="Address" value={basics.location?.address} />
        <TextField path="basics.location.postalCode" label="Postal code" value={basics.location?.postalCode} />
        <TextField path="basics.summary" label="Summary" value={basics.summary} multiline />
      </div>
      <fieldset className="bullets" data-path="basics.profiles" tabIndex={-1}>
        <legend>Online profiles</legend>
        <CheckMarker path="basics.profiles" />
        {profiles.map((profile, index) => {
          const path = `basics.profiles[${index}]`
          return (
            <div key={index} className="entry-editor entry-editor--flat" data-path={path}>
              <CheckMarker path={path} />
              <div className="field-grid">
                <TextField path={`${path}.network`} label={`Profile ${index + 1} network`} value={profile.network} />
                <TextField path={`${path}.username`} label={`Profile ${index + 1} username`} value={profile.username} />
                <TextField path={`${path}.url`} label={`Profile ${index + 1} link`} value={profile.url} type="url" />
              </div>
              <ReorderButtons list="basics.profiles" index={index} count={profiles.length} noun="profile" onMoved={onMoved} />
            </div>
          )
        })}
        <button
          id={addId}
          type="button"
          className="button button--small button--secondary"
          onClick={() => {
            edit({ type: 'insert', list: 'basics.profiles', value: {} })
          }}
        >
          Add profile
        </button>
      </fieldset>
    </CollapsibleSection>
  )
})

export interface FocusRequest {
  path: string
  /** Changes on every request, so asking for the same path twice still moves focus. */
  nonce: number
}

interface ResumeEditorProps {
  resume: JsonResume
  unsure: UnsureFields
  edit: (action: EditAction) => void
  confirm: (path: string) => void
  focusRequest?: FocusRequest | null
  /** On a phone only the contact section starts open, so the page stays short; elsewhere every section does. */
  startCollapsed?: boolean
  /** Where the analysis shown found problems; each field lists its own, linked to the finding. */
  findings?: readonly FieldFinding[]
  onShowFinding?: (index: number) => void
}

const noFindings: readonly FieldFinding[] = []
const ignore = () => undefined

const sectionKeys: string[] = ['basics', ...sections.map((spec) => spec.key)]

/** Finds the closest element the editor shows for a path: the field itself, else its entry, else its section. */
function elementFor(path: string): HTMLElement | null {
  const parts = parsePath(path)
  const all = Array.from(document.querySelectorAll<HTMLElement>('[data-path]'))
  for (let length = parts.length; length > 0; length--) {
    const candidate = formatPath(parts.slice(0, length))
    const element = all.find((el) => el.dataset.path === candidate)
    if (element) return element
  }
  return null
}

/** The section a resume path lies in: "work[0].highlights[1]" → "work". */
function sectionOf(path: string): string {
  const first = parsePath(path)[0]
  return typeof first === 'string' && sectionKeys.includes(first) ? first : 'basics'
}

/** Where to move focus once the section holding it is open; `highlight` marks a finding's field. */
interface Reveal {
  path: string
  highlight: boolean
  nonce: number
}

/** Every section, entry and bullet of the resume, editable in place, behind a section index. */
export function ResumeEditor({
  resume,
  unsure,
  edit,
  confirm,
  focusRequest,
  startCollapsed = false,
  findings = noFindings,
  onShowFinding = ignore,
}: ResumeEditorProps) {
  const [highlighted, setHighlighted] = useState<string | null>(null)
  // Sections with a field to check start open too: the notice above the editor tells the user to look at them.
  const [openSections, setOpenSections] = useState<ReadonlySet<string>>(
    () => new Set(startCollapsed ? ['basics', ...Array.from(unsure.keys(), sectionOf)] : sectionKeys),
  )
  const [reveal, setReveal] = useState<Reveal | null>(null)
  const [seenRequest, setSeenRequest] = useState<FocusRequest | null | undefined>(focusRequest)

  const show = useCallback((path: string, highlight: boolean) => {
    const section = sectionOf(path)
    setOpenSections((open) => (open.has(section) ? open : new Set([...open, section])))
    setReveal((previous) => ({ path, highlight, nonce: (previous?.nonce ?? 0) + 1 }))
  }, [])

  // A finding's "Show in resume": open its section during this render, then focus once it is on screen.
  if (focusRequest !== seenRequest) {
    setSeenRequest(focusRequest)
    if (focusRequest) show(focusRequest.path, true)
  }

  useEffect(() => {
    if (!reveal) return
    const element = elementFor(reveal.path)
    if (!element) return
    const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches
    element.scrollIntoView({ block: reveal.highlight ? 'center' : 'start', behavior: smooth ? 'smooth' : 'auto' })
    element.focus({ preventScroll: true })
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the highlight follows a DOM lookup made here
    if (reveal.highlight) setHighlighted(element.dataset.path ?? null)
  }, [reveal])

  const toggle = useCallback((section: string) => {
    setOpenSections((open) => {
      const next = new Set(open)
      if (!next.delete(section)) next.add(section)
      return next
    })
  }, [])

  const api = useMemo<EditorApi>(() => ({ edit, confirm, unsure, highlighted }), [edit, confirm, unsure, highlighted])
  const findingsApi = useMemo(() => ({ findings, onShowFinding }), [findings, onShowFinding])

  return (
    <EditorContext value={api}>
      <SectionIndex
        resume={resume}
        findings={findings}
        openSections={openSections}
        onShow={(section) => {
          show(section, false)
        }}
        onSetAll={(open) => {
          setOpenSections(new Set(open ? sectionKeys : []))
        }}
      />
      <FindingsContext value={findingsApi}>
        <div className="editor">
          <BasicsSection value={resume.basics} edit={edit} open={openSections.has('basics')} onToggle={toggle} />
          {sections.map((spec) => (
            <EntrySection
              key={spec.key}
              spec={spec}
              value={resume[spec.key]}
              edit={edit}
              open={openSections.has(spec.key)}
              onToggle={toggle}
            />
          ))}
        </div>
      </FindingsContext>
    </EditorContext>
  )
}

interface SectionIndexProps {
  resume: JsonResume
  findings: readonly FieldFinding[]
  openSections: ReadonlySet<string>
  onShow: (section: string) => void
  onSetAll: (open: boolean) => void
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

/**
 * The list of sections, each a button that opens it and moves there, with how many entries it has and how many
 * analysis findings concern it, so a finding inside a folded section is not missed.
 */
function SectionIndex({ resume, findings, openSections, onShow, onSetAll }: SectionIndexProps) {
  const entries = [
    { key: 'basics', title: basicsTitle, count: null },
    ...sections.map((spec) => {
      const list = resume[spec.key]
      return { key: spec.key, title: spec.title, count: Array.isArray(list) ? list.length : 0 }
    }),
  ]
  const allOpen = openSections.size === sectionKeys.length
  const findingCount = (section: string) => findings.filter((finding) => sectionOf(finding.path) === section).length
  return (
    <nav className="section-index" aria-label="Resume sections">
      <ul className="section-index__list">
        {entries.map((entry) => (
          <li key={entry.key}>
            <button
              type="button"
              className="section-index__link"
              aria-controls={`editor-${entry.key}-body`}
              onClick={() => {
                onShow(entry.key)
              }}
            >
              {entry.count === null ? entry.title : `${entry.title} (${entry.count})`}
              {findingCount(entry.key) > 0 && <span className="section-index__findings">{plural(findingCount(entry.key), 'finding')}</span>}
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="button button--small button--secondary"
        onClick={() => {
          onSetAll(!allOpen)
        }}
      >
        {allOpen ? 'Collapse all sections' : 'Expand all sections'}
      </button>
    </nav>
  )
}
