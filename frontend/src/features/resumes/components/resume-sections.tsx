import type { ReactNode } from 'react'
import { formatDateRange, formatPartialDate } from '../../../lib/format'
import type {
  Award,
  Basics,
  Certificate,
  Education,
  Interest,
  JsonResume,
  Language,
  Project,
  Publication,
  Skill,
  Volunteer,
  Work,
} from '../../../types/json-resume'
import { CheckMarker } from './check-marker'

// Renders a JSON Resume read-only, section by section, skipping whatever is empty.

function has(value: string | null | undefined): value is string {
  return typeof value === 'string' && value.trim() !== ''
}

function nonEmpty(list: readonly (string | null | undefined)[] | undefined): string[] {
  return (list ?? []).filter(has)
}

/** Only entries with at least one filled field are worth a line. */
function filled<T extends object>(items: readonly T[] | undefined): { item: T; index: number }[] {
  return (items ?? [])
    .map((item, index) => ({ item, index }))
    .filter(({ item }) =>
      Object.values(item).some((v: unknown) => (Array.isArray(v) ? nonEmpty(v as string[]).length > 0 : has(v as string))),
    )
}

function SafeLink({ href, children }: { href: string; children: ReactNode }) {
  // Parsed text is untrusted: link only http(s) and mailto, never javascript: and the like.
  const safe = /^(https?:|mailto:)/i.test(href) ? href : /^[\w.-]+\.[a-z]{2,}(\/|$)/i.test(href) ? `https://${href}` : null
  if (!safe) return <>{children}</>
  return (
    <a href={safe} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  )
}

function Section({ id, title, paths, children }: { id: string; title: string; paths: string[]; children: ReactNode }) {
  return (
    <section className="resume-section" aria-labelledby={`section-${id}`}>
      <h2 id={`section-${id}`}>
        {title} <CheckMarker paths={paths} />
      </h2>
      {children}
    </section>
  )
}

function Dates({ path, start, end }: { path: string; start?: string | null; end?: string | null }) {
  const text = formatDateRange(start, end)
  if (!text) return null
  return (
    <p className="entry__dates">
      {text} <CheckMarker paths={[`${path}.startDate`, `${path}.endDate`]} />
    </p>
  )
}

function Bullets({ path, items }: { path: string; items?: string[] }) {
  const list = (items ?? []).map((text, index) => ({ text, index })).filter(({ text }) => has(text))
  if (list.length === 0) return null
  return (
    <ul className="entry__bullets">
      {list.map(({ text, index }) => (
        <li key={index}>
          {text} <CheckMarker paths={[`${path}[${index}]`]} />
        </li>
      ))}
    </ul>
  )
}

function Chips({ items, label }: { items?: string[]; label: string }) {
  const list = nonEmpty(items)
  if (list.length === 0) return null
  return (
    <ul className="chips" aria-label={label}>
      {list.map((text, index) => (
        <li key={index} className="chip">
          {text}
        </li>
      ))}
    </ul>
  )
}

function Text({ path, text, className }: { path: string; text?: string | null; className?: string }) {
  if (!has(text)) return null
  return (
    <p className={className}>
      {text} <CheckMarker paths={[path]} />
    </p>
  )
}

function Field({ path, text }: { path: string; text?: string | null }) {
  if (!has(text)) return null
  return (
    <>
      {text} <CheckMarker paths={[path]} />
    </>
  )
}

function EntryHeading({ path, title, subtitle }: { path: string; title: ReactNode; subtitle?: ReactNode }) {
  return (
    <h3 className="entry__title">
      {title}
      {subtitle ? <span className="entry__subtitle"> {subtitle}</span> : null}
      <CheckMarker paths={[path]} />
    </h3>
  )
}

export function ResumeHeader({ basics }: { basics: Basics | null | undefined }) {
  const b = basics ?? {}
  const location = b.location ?? {}
  const place = [location.address, location.postalCode, location.city, location.region, location.countryCode].filter(has)
  const profiles = filled(b.profiles)
  const contacts: { key: string; label: string; value: ReactNode }[] = []
  if (has(b.email))
    contacts.push({
      key: 'email',
      label: 'Email',
      value: (
        <>
          <a href={`mailto:${b.email}`}>{b.email}</a> <CheckMarker paths={['basics.email']} />
        </>
      ),
    })
  if (has(b.phone))
    contacts.push({
      key: 'phone',
      label: 'Phone',
      value: (
        <>
          <a href={`tel:${b.phone.replace(/[^\d+]/g, '')}`}>{b.phone}</a> <CheckMarker paths={['basics.phone']} />
        </>
      ),
    })
  if (has(b.url))
    contacts.push({
      key: 'url',
      label: 'Website',
      value: (
        <>
          <SafeLink href={b.url}>{b.url}</SafeLink> <CheckMarker paths={['basics.url']} />
        </>
      ),
    })
  if (place.length > 0)
    contacts.push({
      key: 'location',
      label: 'Location',
      value: (
        <>
          {place.join(', ')}{' '}
          <CheckMarker
            paths={['basics.location', ...['address', 'postalCode', 'city', 'region', 'countryCode'].map((f) => `basics.location.${f}`)]}
          />
        </>
      ),
    })
  for (const { item, index } of profiles) {
    const text = [item.username, item.url].find(has) ?? ''
    contacts.push({
      key: `profile-${index}`,
      label: has(item.network) ? item.network : 'Profile',
      value: (
        <>
          {has(item.url) ? <SafeLink href={item.url}>{text}</SafeLink> : text}{' '}
          <CheckMarker paths={[`basics.profiles[${index}]`, `basics.profiles[${index}].url`, `basics.profiles[${index}].username`]} />
        </>
      ),
    })
  }

  return (
    <header className="resume-header">
      <h1>
        {has(b.name) ? b.name : 'Name not found'} <CheckMarker paths={['basics.name']} />
      </h1>
      <Text path="basics.label" text={b.label} className="resume-header__label" />
      {contacts.length > 0 && (
        <dl className="contacts">
          {contacts.map((c) => (
            <div key={c.key} className="contacts__item">
              <dt>{c.label}</dt>
              <dd>{c.value}</dd>
            </div>
          ))}
        </dl>
      )}
      {has(b.summary) && (
        <section className="resume-section resume-section--summary" aria-labelledby="section-summary">
          <h2 id="section-summary">
            Summary <CheckMarker paths={['basics.summary']} />
          </h2>
          <p className="prose">{b.summary}</p>
        </section>
      )}
    </header>
  )
}

function WorkSection({ items }: { items?: Work[] }) {
  const list = filled(items)
  if (list.length === 0) return null
  return (
    <Section id="work" title="Work" paths={['work']}>
      {list.map(({ item, index }) => {
        const path = `work[${index}]`
        return (
          <article key={index} className="entry">
            <EntryHeading
              path={path}
              title={<Field path={`${path}.position`} text={item.position ?? item.name} />}
              subtitle={has(item.position) && has(item.name) ? <>at <Field path={`${path}.name`} text={item.name} /></> : null}
            />
            <Text path={`${path}.location`} text={item.location} className="entry__meta" />
            <Dates path={path} start={item.startDate} end={item.endDate} />
            <Text path={`${path}.summary`} text={item.summary} className="prose" />
            <Bullets path={`${path}.highlights`} items={item.highlights} />
          </article>
        )
      })}
    </Section>
  )
}

function VolunteerSection({ items }: { items?: Volunteer[] }) {
  const list = filled(items)
  if (list.length === 0) return null
  return (
    <Section id="volunteer" title="Volunteer" paths={['volunteer']}>
      {list.map(({ item, index }) => {
        const path = `volunteer[${index}]`
        return (
          <article key={index} className="entry">
            <EntryHeading
              path={path}
              title={<Field path={`${path}.position`} text={item.position ?? item.organization} />}
              subtitle={
                has(item.position) && has(item.organization) ? (
                  <>at <Field path={`${path}.organization`} text={item.organization} /></>
                ) : null
              }
            />
            <Dates path={path} start={item.startDate} end={item.endDate} />
            <Text path={`${path}.summary`} text={item.summary} className="prose" />
            <Bullets path={`${path}.highlights`} items={item.highlights} />
          </article>
        )
      })}
    </Section>
  )
}

function EducationSection({ items }: { items?: Education[] }) {
  const list = filled(items)
  if (list.length === 0) return null
  return (
    <Section id="education" title="Education" paths={['education']}>
      {list.map(({ item, index }) => {
        const path = `education[${index}]`
        const degree = [item.studyType, item.area].filter(has).join(', ')
        return (
          <article key={index} className="entry">
            <EntryHeading path={path} title={<Field path={`${path}.institution`} text={item.institution ?? degree} />} />
            {has(item.institution) && has(degree) && (
              <p className="entry__meta">
                {degree} <CheckMarker paths={[`${path}.studyType`, `${path}.area`]} />
              </p>
            )}
            <Dates path={path} start={item.startDate} end={item.endDate} />
            {has(item.score) && (
              <p className="entry__meta">
                Score: {item.score} <CheckMarker paths={[`${path}.score`]} />
              </p>
            )}
            <Chips items={item.courses} label="Courses" />
          </article>
        )
      })}
    </Section>
  )
}

function SkillsSection({ items }: { items?: Skill[] }) {
  const list = filled(items)
  if (list.length === 0) return null
  return (
    <Section id="skills" title="Skills" paths={['skills']}>
      <div className="skill-groups">
        {list.map(({ item, index }) => {
          const path = `skills[${index}]`
          const title = has(item.name) ? item.name : 'Skills'
          return (
            <div key={index} className="skill-group">
              <h3 className="entry__title">
                {title}
                {has(item.level) ? <span className="entry__subtitle"> · {item.level}</span> : null}{' '}
                <CheckMarker paths={[path, `${path}.name`, `${path}.keywords`]} />
              </h3>
              <Chips items={item.keywords} label={`${title} keywords`} />
            </div>
          )
        })}
      </div>
    </Section>
  )
}

function ProjectsSection({ items }: { items?: Project[] }) {
  const list = filled(items)
  if (list.length === 0) return null
  return (
    <Section id="projects" title="Projects" paths={['projects']}>
      {list.map(({ item, index }) => {
        const path = `projects[${index}]`
        const roles = nonEmpty(item.roles)
        return (
          <article key={index} className="entry">
            <EntryHeading
              path={path}
              title={
                has(item.url) && has(item.name) ? (
                  <SafeLink href={item.url}>{item.name}</SafeLink>
                ) : (
                  <Field path={`${path}.name`} text={item.name ?? 'Project'} />
                )
              }
            />
            {roles.length > 0 && <p className="entry__meta">{roles.join(', ')}</p>}
            <Dates path={path} start={item.startDate} end={item.endDate} />
            <Text path={`${path}.description`} text={item.description} className="prose" />
            <Bullets path={`${path}.highlights`} items={item.highlights} />
            <Chips items={item.keywords} label="Keywords" />
          </article>
        )
      })}
    </Section>
  )
}

function SimpleList<T extends object>({
  id,
  title,
  items,
  render,
}: {
  id: string
  title: string
  items?: T[]
  render: (item: T, path: string) => ReactNode
}) {
  const list = filled(items)
  if (list.length === 0) return null
  return (
    <Section id={id} title={title} paths={[id]}>
      <ul className="simple-list">
        {list.map(({ item, index }) => {
          const path = `${id}[${index}]`
          return (
            <li key={index}>
              {render(item, path)} <CheckMarker paths={[path]} />
            </li>
          )
        })}
      </ul>
    </Section>
  )
}

function dated(date?: string | null): string {
  return has(date) ? ` (${formatPartialDate(date)})` : ''
}

export function ResumeSections({ resume }: { resume: JsonResume }) {
  return (
    <>
      <ResumeHeader basics={resume.basics} />
      <WorkSection items={resume.work} />
      <EducationSection items={resume.education} />
      <SkillsSection items={resume.skills} />
      <ProjectsSection items={resume.projects} />
      <SimpleList<Certificate>
        id="certificates"
        title="Certificates"
        items={resume.certificates}
        render={(c, path) => (
          <>
            <strong>{has(c.url) && has(c.name) ? <SafeLink href={c.url}>{c.name}</SafeLink> : c.name}</strong>
            {has(c.issuer) ? `, ${c.issuer}` : ''}
            {dated(c.date)} <CheckMarker paths={[`${path}.name`, `${path}.issuer`, `${path}.date`]} />
          </>
        )}
      />
      <SimpleList<Language>
        id="languages"
        title="Languages"
        items={resume.languages}
        render={(l, path) => (
          <>
            <strong>{l.language}</strong>
            {has(l.fluency) ? ` · ${l.fluency}` : ''} <CheckMarker paths={[`${path}.language`, `${path}.fluency`]} />
          </>
        )}
      />
      <SimpleList<Award>
        id="awards"
        title="Awards"
        items={resume.awards}
        render={(a, path) => (
          <>
            <strong>{a.title}</strong>
            {has(a.awarder) ? `, ${a.awarder}` : ''}
            {dated(a.date)} <CheckMarker paths={[`${path}.title`, `${path}.awarder`, `${path}.date`]} />
            {has(a.summary) && <span className="simple-list__detail">{a.summary}</span>}
          </>
        )}
      />
      <SimpleList<Publication>
        id="publications"
        title="Publications"
        items={resume.publications}
        render={(p, path) => (
          <>
            <strong>{has(p.url) && has(p.name) ? <SafeLink href={p.url}>{p.name}</SafeLink> : p.name}</strong>
            {has(p.publisher) ? `, ${p.publisher}` : ''}
            {dated(p.releaseDate)} <CheckMarker paths={[`${path}.name`, `${path}.publisher`, `${path}.releaseDate`]} />
            {has(p.summary) && <span className="simple-list__detail">{p.summary}</span>}
          </>
        )}
      />
      <VolunteerSection items={resume.volunteer} />
      <SimpleList<Interest>
        id="interests"
        title="Interests"
        items={resume.interests}
        render={(i, path) => (
          <>
            <strong>{i.name}</strong> <CheckMarker paths={[`${path}.name`]} />
            <Chips items={i.keywords} label={`${i.name ?? 'Interest'} keywords`} />
          </>
        )}
      />
    </>
  )
}

/** True when the parser found nothing at all to show. */
export function isEmptyResume(resume: JsonResume): boolean {
  const b = resume.basics ?? {}
  const basicsEmpty = ![b.name, b.label, b.email, b.phone, b.url, b.summary].some(has) && filled(b.profiles).length === 0
  const lists: (readonly object[] | undefined)[] = [
    resume.work,
    resume.volunteer,
    resume.education,
    resume.awards,
    resume.certificates,
    resume.publications,
    resume.skills,
    resume.languages,
    resume.interests,
    resume.projects,
  ]
  return basicsEmpty && lists.every((list) => filled(list).length === 0)
}
