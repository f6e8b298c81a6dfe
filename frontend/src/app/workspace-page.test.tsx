import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { jsonResponse, mockFetch, problemResponse, resumeDetail } from '../testing/api-mocks'
import { renderApp } from '../testing/render-app'
import type { AnalysisDetail, ResumeDetail, VersionList } from '../types/api'
import type { JsonResume } from '../types/json-resume'

const resume: JsonResume = {
  basics: {
    name: 'Ada Lovelace',
    label: 'Analytical Engine Programmer',
    email: 'ada@example.com',
    phone: '+44 20 7946 0000',
    summary: 'Mathematician who wrote the first published algorithm.',
    location: { city: 'London', countryCode: 'GB' },
  },
  work: [
    {
      name: 'Babbage & Co',
      position: 'Programmer',
      startDate: '2020-01',
      highlights: ['Wrote notes on the Analytical Engine', 'Described loops', 'Managed teh team'],
    },
    { name: 'Royal Society', position: 'Translator', startDate: '2018-03' },
  ],
  skills: [{ name: 'Mathematics', keywords: ['Calculus', 'Algebra'] }],
}

const versions: VersionList = {
  current: 1,
  items: [{ number: 1, createdAt: '2026-11-20T10:15:00Z', source: 'upload' }],
}

type Handlers = Parameters<typeof mockFetch>[0]

function workspace(detail: ResumeDetail = resumeDetail({ resume }), overrides: Handlers = {}) {
  return mockFetch({
    'GET /api/v1/resumes/r1': () => jsonResponse(detail),
    'GET /api/v1/resumes/r1/versions': () => jsonResponse(versions),
    'GET /api/v1/resumes/r1/analyses': () => jsonResponse({ items: [] }),
    'GET /api/v1/resumes/r1/fixes': () => jsonResponse({ items: [] }),
    'GET /api/v1/config': () => jsonResponse({ maxFileSize: 1000, acceptedExtensions: ['.pdf'] }),
    ...overrides,
  })
}

function bodyOf(call: unknown[] | undefined): unknown {
  const init = call?.[1] as RequestInit | undefined
  return JSON.parse(typeof init?.body === 'string' ? init.body : 'null')
}

function callsTo(fetchMock: ReturnType<typeof mockFetch>, method: string, path: string) {
  return fetchMock.mock.calls.filter(([url, init]) => {
    const href = typeof url === 'string' ? url : url instanceof URL ? url.href : url.url
    return (init?.method ?? 'GET') === method && new URL(href, 'http://localhost').pathname === path
  })
}

async function openWorkspace() {
  const view = renderApp('/resumes/r1')
  await screen.findByRole('heading', { level: 1, name: 'Ada Lovelace' }, { timeout: 5000 })
  return view
}

type User = Awaited<ReturnType<typeof openWorkspace>>['user']

/** The tools (analysis, fixes, AI, versions, export) sit in tabs beside the editor. */
async function openTool(user: User, name: string) {
  await user.click(screen.getByRole('tab', { name }))
}

describe('Workspace editor', () => {
  it('shows every part of the resume as editable fields', async () => {
    workspace()
    await openWorkspace()

    await waitFor(() => {
      expect(document.title).toBe('Ada Lovelace · Resume Refiner')
    })
    expect(screen.getByLabelText('Full name')).toHaveValue('Ada Lovelace')
    expect(screen.getByLabelText('Email')).toHaveValue('ada@example.com')
    expect(screen.getByLabelText('City')).toHaveValue('London')
    expect(screen.getByLabelText('Summary', { selector: '#field-basics_summary' })).toHaveValue(
      'Mathematician who wrote the first published algorithm.',
    )
    const work = screen.getByRole('region', { name: 'Work experience' })
    expect(within(work).getByRole('group', { name: 'Job 1: Programmer, Babbage & Co' })).toBeInTheDocument()
    expect(within(work).getAllByLabelText(/^Bullet \d$/).map((el) => (el as HTMLTextAreaElement).value)).toEqual([
      'Wrote notes on the Analytical Engine',
      'Described loops',
      'Managed teh team',
    ])
    const skills = screen.getByRole('region', { name: 'Skills' })
    expect(within(skills).getByLabelText('Skills')).toHaveValue('Calculus\nAlgebra')
    expect(screen.getByRole('region', { name: 'Certificates' })).toHaveTextContent('Nothing here yet.')
    expect(await screen.findByText('AI suggestions are not enabled on this server; everything else works offline.')).toBeInTheDocument()
  })

  it('saves an edited bullet once, after the user pauses, and says Saved', async () => {
    const fetchMock = workspace(undefined, {
      'PUT /api/v1/resumes/r1': ({ init }) =>
        jsonResponse(resumeDetail({ resume: JSON.parse(init?.body as string) as JsonResume, version: 2 })),
    })
    const { user } = await openWorkspace()

    const bullet = screen.getByLabelText('Bullet 2')
    await user.clear(bullet)
    await user.type(bullet, 'Described loops in 1843')
    expect(screen.getByText('Unsaved changes')).toBeInTheDocument()
    expect(callsTo(fetchMock, 'PUT', '/api/v1/resumes/r1')).toHaveLength(0)

    expect(await screen.findByText('Saved', {}, { timeout: 3000 })).toBeInTheDocument()
    const puts = callsTo(fetchMock, 'PUT', '/api/v1/resumes/r1')
    expect(puts).toHaveLength(1)
    expect(bodyOf(puts[0])).toMatchObject({
      work: [{ highlights: ['Wrote notes on the Analytical Engine', 'Described loops in 1843', 'Managed teh team'] }, {}],
    })
    expect(screen.getByText(/· version 2/)).toBeInTheDocument()
  })

  it('adds, removes and reorders bullets with named buttons', async () => {
    const fetchMock = workspace(undefined, {
      'PUT /api/v1/resumes/r1': ({ init }) =>
        jsonResponse(resumeDetail({ resume: JSON.parse(init?.body as string) as JsonResume, version: 2 })),
    })
    const { user } = await openWorkspace()
    const job = screen.getByRole('group', { name: /^Job 1/ })

    await user.click(within(job).getByRole('button', { name: 'Move up: bullet 3' }))
    expect(within(job).getByLabelText('Bullet 2')).toHaveValue('Managed teh team')
    expect(within(job).getByRole('button', { name: 'Move up: bullet 2' })).toHaveFocus()

    await user.click(within(job).getByRole('button', { name: 'Remove bullet 1' }))
    expect(within(job).queryByLabelText('Bullet 3')).not.toBeInTheDocument()

    await user.click(within(job).getByRole('button', { name: 'Add bullet' }))
    const added = within(job).getByLabelText('Bullet 3')
    await waitFor(() => {
      expect(added).toHaveFocus()
    })
    await user.type(added, 'Published Note G')

    await screen.findByText('Saved', {}, { timeout: 3000 })
    const puts = callsTo(fetchMock, 'PUT', '/api/v1/resumes/r1')
    expect(bodyOf(puts.at(-1))).toMatchObject({
      work: [{ highlights: ['Managed teh team', 'Described loops', 'Published Note G'] }, {}],
    })
  })

  it('reorders whole entries', async () => {
    workspace()
    const { user } = await openWorkspace()
    await user.click(screen.getByRole('button', { name: 'Move up: job 2' }))
    expect(screen.getByRole('group', { name: 'Job 1: Translator, Royal Society' })).toBeInTheDocument()
  })

  it('marks unsure fields “Check this” until edited or confirmed', async () => {
    workspace(
      resumeDetail({
        resume,
        confidence: [
          { path: 'work[0].startDate', score: 0.4, reason: 'The start date was hard to read' },
          { path: 'basics.phone', score: 0.55, reason: 'Looks like a phone number' },
          { path: 'basics.email', score: 0.95, reason: 'Clear email address' },
        ],
      }),
    )
    const { user } = await openWorkspace()
    expect(screen.getByRole('note')).toHaveTextContent('We were not sure about 2 fields.')
    const [start] = screen.getAllByLabelText('Start date')
    if (!start) throw new Error('no start date field')
    expect(start).toHaveAccessibleDescription(/Check this: The start date was hard to read/)
    expect(screen.getByLabelText('Email')).not.toHaveAccessibleDescription(/Check this/)

    await user.type(start, '-15')
    expect(start).not.toHaveAccessibleDescription(/Check this/)

    const phone = screen.getByLabelText('Phone')
    expect(phone).toHaveAccessibleDescription(/Check this/)
    await user.click(screen.getByRole('button', { name: 'It’s correct' }))
    expect(phone).not.toHaveAccessibleDescription(/Check this/)
    expect(screen.queryByRole('note')).not.toBeInTheDocument()
  })

  it('undoes by restoring the previous version', async () => {
    const fetchMock = workspace(resumeDetail({ resume, version: 3 }), {
      'GET /api/v1/resumes/r1/versions': () =>
        jsonResponse({
          current: 3,
          items: [
            { number: 3, createdAt: '2026-11-20T10:20:00Z', source: 'edit' },
            { number: 2, createdAt: '2026-11-20T10:18:00Z', source: 'edit' },
            { number: 1, createdAt: '2026-11-20T10:15:00Z', source: 'upload' },
          ],
        }),
      'POST /api/v1/resumes/r1/versions/2/restore': () =>
        jsonResponse(resumeDetail({ resume: { ...resume, basics: { name: 'Ada King' } }, version: 4 })),
      'POST /api/v1/resumes/r1/versions/1/restore': () => jsonResponse(resumeDetail({ resume, version: 5 })),
    })
    const { user } = await openWorkspace()
    await openTool(user, 'Versions')
    await user.click(screen.getByText('History'))
    expect(await screen.findByRole('button', { name: 'Restore version 1' })).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Undo' }))
    expect(await screen.findByText('Undone. Restored version 2.')).toBeInTheDocument()
    expect(callsTo(fetchMock, 'POST', '/api/v1/resumes/r1/versions/2/restore')).toHaveLength(1)
    expect(screen.getByLabelText('Full name')).toHaveValue('Ada King')
    expect(screen.getByText('Current: version 4')).toBeInTheDocument()
    // The open history reloads for the new version, so its list comes back asynchronously.
    expect(await screen.findByRole('button', { name: 'Restore version 1' })).toBeInTheDocument()

    // A second Undo steps further back rather than undoing the undo.
    await user.click(screen.getByRole('button', { name: 'Undo' }))
    expect(await screen.findByText('Undone. Restored version 1.')).toBeInTheDocument()
    expect(callsTo(fetchMock, 'POST', '/api/v1/resumes/r1/versions/1/restore')).toHaveLength(1)
  })

  it('tells the user to reload when someone else saved meanwhile', async () => {
    workspace(undefined, {
      'PUT /api/v1/resumes/r1': () =>
        problemResponse(409, {
          type: 'urn:resume-refiner:problem:edit-conflict',
          title: 'The resume changed meanwhile',
          detail: 'Someone saved this resume at the same time. Reload it and make your change again.',
        }),
    })
    const { user } = await openWorkspace()
    await user.type(screen.getByLabelText('Headline'), '!')
    expect(await screen.findByText(/Someone saved this resume at the same time/, {}, { timeout: 3000 })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument()
  })

  it('offers a retry when saving fails', async () => {
    let fail = true
    workspace(undefined, {
      'PUT /api/v1/resumes/r1': () =>
        fail ? problemResponse(500, { title: 'Server error' }) : jsonResponse(resumeDetail({ resume, version: 2 })),
    })
    const { user } = await openWorkspace()
    await user.type(screen.getByLabelText('Headline'), '!')
    expect(await screen.findByText(/Couldn’t save/, {}, { timeout: 3000 })).toBeInTheDocument()
    fail = false
    await user.click(screen.getByRole('button', { name: 'Retry' }))
    expect(await screen.findByText('Saved')).toBeInTheDocument()
  })

  it('says so when the resume does not exist', async () => {
    mockFetch({
      'GET /api/v1/resumes/gone': () =>
        problemResponse(404, { title: 'Not Found', detail: 'There is no resume with id gone in your workspace.' }),
    })
    renderApp('/resumes/gone')

    expect(await screen.findByRole('alert')).toHaveTextContent('There is no resume with id gone in your workspace.')
    expect(screen.getByRole('heading', { level: 1, name: 'Resume not available' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Back to my resumes' })).toHaveAttribute('href', '/resumes')
    // Asking again cannot bring it back.
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument()
  })

  it('explains when nothing could be recognised in the file', async () => {
    workspace(resumeDetail({ fileName: 'scan.pdf', resume: { basics: {} } }))
    renderApp('/resumes/r1')
    expect(await screen.findByRole('heading', { level: 1, name: 'scan.pdf' })).toBeInTheDocument()
    expect(screen.getByRole('note')).toHaveTextContent('We could not find resume content in this file.')
    expect(screen.getByLabelText('Full name')).toHaveValue('')
  })

  it('shows a loading state first', async () => {
    workspace()
    renderApp('/resumes/r1')
    expect(screen.getByRole('status')).toHaveTextContent('Loading your resume…')
    expect(await screen.findByRole('heading', { level: 1, name: 'Ada Lovelace' })).toBeInTheDocument()
  })
})

const analysis: AnalysisDetail = {
  id: 'a1',
  resumeId: 'r1',
  resumeVersion: 1,
  createdAt: '2026-11-20T11:00:00Z',
  jobDescription: 'We need Kubernetes and Python. Terraform is a plus.',
  report: {
    overallScore: 72,
    categories: [
      { category: 'atsReadiness', score: 90, summary: 'Reads cleanly.' },
      { category: 'content', score: 60, summary: 'Few numbers.' },
      { category: 'language', score: 80, summary: 'One typo.' },
      { category: 'jobMatch', score: null, summary: 'No posting given.' },
    ],
    findings: [
      {
        rule: 'content.quantify',
        category: 'content',
        severity: 'minor',
        location: 'work[0].highlights[1]',
        message: 'Add a number to this bullet.',
        whyItMatters: 'Numbers show scale.',
        whatToDo: 'Say how many or how much.',
      },
      {
        rule: 'content.summary',
        category: 'content',
        severity: 'critical',
        location: 'basics.summary',
        message: 'Your summary is vague.',
        whyItMatters: 'Recruiters read it first.',
        whatToDo: 'Name your role and strengths.',
      },
      {
        rule: 'language.spelling',
        category: 'language',
        severity: 'major',
        location: 'work[0].highlights[2]',
        message: '“teh” looks misspelled.',
        whyItMatters: 'Typos look careless.',
        whatToDo: 'Replace it with “the”.',
        fix: { path: 'work[0].highlights[2]', offset: 8, length: 3, replacement: 'the' },
      },
    ],
    match: {
      score: 55,
      matched: [{ name: 'Python', required: true, category: 'language', asWritten: 'python3', label: 'Python' }],
      missing: [
        { name: 'Kubernetes', required: true, category: 'tool', label: 'Kubernetes' },
        { name: 'Terraform', required: false, category: 'tool', label: 'Terraform' },
      ],
      parts: [{ name: 'Required skills', points: 20, maxPoints: 40, detail: '1 of 2 required skills' }],
      softSkillsMatched: [],
      softSkillsMissing: ['teamwork'],
    },
    stats: { wordCount: 320, bulletCount: 3, quantifiedBullets: 0, yearsOfExperience: 6, pageCount: 1 },
  },
}

describe('Analysis panel', () => {
  it('analyses against a job description and shows the gauge, categories and findings in order', async () => {
    const fetchMock = workspace(undefined, {
      'POST /api/v1/resumes/r1/analyses': () => jsonResponse(analysis, 201),
    })
    const { user } = await openWorkspace()
    await openTool(user, 'Analysis')

    await user.type(screen.getByLabelText('Job description (optional)'), 'We need Kubernetes and Python.')
    await user.click(screen.getByRole('button', { name: 'Analyse' }))

    expect(await screen.findByRole('img', { name: 'Overall score: 72 out of 100' })).toBeInTheDocument()
    expect(bodyOf(callsTo(fetchMock, 'POST', '/api/v1/resumes/r1/analyses')[0])).toEqual({
      jobDescription: 'We need Kubernetes and Python.',
    })
    const categories = screen.getByRole('list', { name: 'Scores by category' })
    expect(within(categories).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'ATS readiness 90/100Reads cleanly.',
      'Content 60/100Few numbers.',
      'Language 80/100One typo.',
      'Job match not measuredNo posting given.',
    ])

    const content = screen.getByRole('region', { name: 'Content (2)' })
    const items = within(content).getAllByRole('listitem')
    const second = items[1]
    if (!second) throw new Error('expected two findings')
    expect(items[0]).toHaveTextContent('Critical Your summary is vague.')
    expect(items[0]).toHaveTextContent('Why it matters: Recruiters read it first.')
    expect(items[0]).toHaveTextContent('What to do: Name your role and strengths.')
    expect(items[1]).toHaveTextContent('Minor Add a number to this bullet.')

    await user.click(within(second).getByRole('button', { name: 'Show in resume' }))
    expect(screen.getByLabelText('Bullet 2')).toHaveFocus()
  })

  it('applies a one-click fix to the editor, which then saves', async () => {
    const fetchMock = workspace(undefined, {
      'POST /api/v1/resumes/r1/analyses': () => jsonResponse(analysis, 201),
      'PUT /api/v1/resumes/r1': ({ init }) =>
        jsonResponse(resumeDetail({ resume: JSON.parse(init?.body as string) as JsonResume, version: 2 })),
    })
    const { user } = await openWorkspace()
    await openTool(user, 'Analysis')
    await user.click(screen.getByRole('button', { name: 'Analyse' }))

    const language = await screen.findByRole('region', { name: 'Language (1)' })
    await user.click(within(language).getByRole('button', { name: 'Apply fix' }))
    expect(within(language).getByText('Fix applied')).toBeInTheDocument()
    expect(screen.getByLabelText('Bullet 3')).toHaveValue('Managed the team')

    await screen.findByText('Saved', {}, { timeout: 3000 })
    expect(bodyOf(callsTo(fetchMock, 'PUT', '/api/v1/resumes/r1')[0])).toMatchObject({
      work: [{ highlights: ['Wrote notes on the Analytical Engine', 'Described loops', 'Managed the team'] }, {}],
    })
  })

  it('offers a name-like spelling finding as a suggestion with Add to dictionary, and lists the places of a grouped card', async () => {
    const grouped = {
      ...analysis,
      report: {
        ...analysis.report,
        findings: [
          {
            rule: 'language-spelling',
            category: 'language',
            severity: 'major',
            location: 'work[0].highlights[0]',
            message: '“Nostos” is not in the dictionary; did you mean “Nostoc”?',
            whyItMatters: 'Spelling mistakes are among the first reasons recruiters give for rejecting a resume.',
            whatToDo: 'If it is a name, add it to your dictionary.',
            suggestions: ['Nostoc'],
            word: 'Nostos',
            places: ['work[0].highlights[0]'],
          },
          {
            rule: 'action-verb',
            category: 'content',
            severity: 'minor',
            location: 'work[0].highlights[0]',
            message: 'The bullet does not open with an action verb (2 places: “TensorFlow”, “Team”).',
            whyItMatters: 'Recruiters skim the first word.',
            whatToDo: 'Start with a verb.',
            places: ['work[0].highlights[0]', 'work[0].highlights[1]'],
          },
        ],
      },
    }
    const fetchMock = workspace(undefined, {
      'POST /api/v1/resumes/r1/analyses': () => jsonResponse(grouped, 201),
      'POST /api/v1/dictionary': () => jsonResponse({ word: 'Nostos', kind: 'dictionary', createdAt: '2026-11-20T11:00:00Z' }, 201),
    })
    const { user } = await openWorkspace()
    await openTool(user, 'Analysis')
    await user.click(screen.getByRole('button', { name: 'Analyse' }))

    const language = await screen.findByRole('region', { name: 'Language (1)' })
    expect(within(language).queryByRole('button', { name: 'Apply fix' })).not.toBeInTheDocument()
    expect(language).toHaveTextContent('Suggestion (check before you use it): “Nostoc”')
    await user.click(within(language).getByRole('button', { name: 'Add to dictionary' }))
    expect(await within(language).findByText(/“Nostos” added to your dictionary/)).toBeInTheDocument()
    expect(bodyOf(callsTo(fetchMock, 'POST', '/api/v1/dictionary')[0])).toEqual({ word: 'Nostos', kind: 'dictionary' })

    const content = screen.getByRole('region', { name: 'Content (1)' })
    const places = within(within(content).getByRole('list', { name: 'Places' })).getAllByRole('button')
    expect(places.map((b) => b.textContent)).toEqual(['Show place 1', 'Show place 2'])
    const second = places[1]
    if (!second) throw new Error('expected two places')
    await user.click(second)
    expect(screen.getByLabelText('Bullet 2')).toHaveFocus()
  })

  it('marks the fields a finding concerns, with a link back to the finding', async () => {
    workspace(undefined, { 'POST /api/v1/resumes/r1/analyses': () => jsonResponse(analysis, 201) })
    const { user } = await openWorkspace()
    await openTool(user, 'Analysis')
    await user.click(screen.getByRole('button', { name: 'Analyse' }))
    await screen.findByRole('region', { name: 'Content (2)' })

    const basics = screen.getByRole('region', { name: 'Contact and summary' })
    const marker = within(basics).getByText('Your summary is vague.', { selector: '.finding-marker li' })
    // Right after the summary field, and read with it: the field is described by its findings.
    const summary = screen.getByLabelText('Summary', { selector: '#field-basics_summary' })
    expect(summary.closest('.field')).toContainElement(marker)
    expect(summary).toHaveAccessibleDescription(expect.stringContaining('Your summary is vague.'))
    // The section index counts them, so a finding in a folded section is not missed.
    const index = screen.getByRole('navigation', { name: 'Resume sections' })
    expect(within(index).getByRole('button', { name: /^Contact and summary/ })).toHaveTextContent('1 finding')
    const job = screen.getByRole('group', { name: /^Job 1/ })
    expect(within(job).getByText('Add a number to this bullet.', { selector: '.finding-marker li' })).toBeInTheDocument()

    await openTool(user, 'Preview')
    await user.click(within(marker).getByRole('button', { name: 'See in analysis' }))
    expect(screen.getByRole('tab', { name: 'Analysis' })).toHaveAttribute('aria-selected', 'true')
    const finding = within(screen.getByRole('region', { name: 'Content (2)' })).getAllByRole('listitem')[0]
    expect(finding).toHaveTextContent('Your summary is vague.')
    await waitFor(() => {
      expect(finding).toHaveFocus()
    })
  })

  it('shows matched and missing keywords, required and preferred told apart', async () => {
    workspace(undefined, { 'POST /api/v1/resumes/r1/analyses': () => jsonResponse(analysis, 201) })
    const { user } = await openWorkspace()
    await openTool(user, 'Analysis')
    await user.click(screen.getByRole('button', { name: 'Analyse' }))

    const match = await screen.findByRole('region', { name: 'Job match' })
    expect(within(match).getByRole('img', { name: 'Job match score: 55 out of 100' })).toBeInTheDocument()
    const missing = within(within(match).getByRole('list', { name: 'Missing skills' })).getAllByRole('listitem')
    expect(missing.map((li) => li.textContent)).toEqual(['✗ Kubernetesrequired', '✗ Terraformpreferred'])
    expect(missing[0]).toHaveClass('chip--required')
    expect(missing[1]).toHaveClass('chip--preferred')
    const matched = within(match).getByRole('list', { name: 'Matched skills' })
    expect(matched).toHaveTextContent('Python')
    expect(matched).toHaveTextContent('you wrote “python3”')
    expect(match).toHaveTextContent('Required skills 20 / 40 points — 1 of 2 required skills')
  })

  it('opens an earlier analysis', async () => {
    workspace(undefined, {
      'GET /api/v1/resumes/r1/analyses': () =>
        jsonResponse({ items: [{ id: 'a1', createdAt: '2026-11-20T11:00:00Z', resumeVersion: 1, overallScore: 72, hasJob: true }] }),
      'GET /api/v1/resumes/r1/analyses/a1': () => jsonResponse(analysis),
    })
    const { user } = await openWorkspace()
    await openTool(user, 'Analysis')
    await user.click(await screen.findByText('Earlier analyses (1)'))
    await user.click(screen.getByRole('button', { name: /^Open analysis from/ }))
    expect(await screen.findByRole('img', { name: 'Overall score: 72 out of 100' })).toBeInTheDocument()
  })

  it('shows the server’s problem as a sentence', async () => {
    workspace(undefined, {
      'POST /api/v1/resumes/r1/analyses': () => problemResponse(429, { title: 'Too many analyses', detail: 'Wait a minute' }),
    })
    const { user } = await openWorkspace()
    await openTool(user, 'Analysis')
    await user.click(screen.getByRole('button', { name: 'Analyse' }))
    expect(await screen.findByText('Wait a minute.')).toBeInTheDocument()
  })
})

describe('Export panel', () => {
  it('builds download addresses from the chosen format, template and paper, and the preview follows the template', async () => {
    workspace()
    const { user } = await openWorkspace()
    await openTool(user, 'Export')
    const panel = screen.getByRole('region', { name: 'Export' })

    expect(within(panel).getByRole('link', { name: 'Download PDF' })).toHaveAttribute(
      'href',
      '/api/v1/resumes/r1/export?format=pdf&template=classic&paper=letter',
    )
    await user.selectOptions(within(panel).getByLabelText('Template'), 'modern')
    await user.selectOptions(within(panel).getByLabelText('Paper'), 'a4')

    await user.selectOptions(within(panel).getByLabelText('Format'), 'docx')
    expect(within(panel).getByRole('link', { name: 'Download Word (.docx)' })).toHaveAttribute(
      'href',
      '/api/v1/resumes/r1/export?format=docx&template=modern&paper=a4',
    )
    await user.selectOptions(within(panel).getByLabelText('Format'), 'markdown')
    expect(within(panel).getByLabelText('Template')).toBeDisabled()
    expect(within(panel).getByRole('link', { name: 'Download Markdown' })).toHaveAttribute(
      'href',
      '/api/v1/resumes/r1/export?format=markdown',
    )

    await openTool(user, 'Preview')
    expect(screen.getByTitle('Preview of your resume as a PDF')).toHaveAttribute(
      'src',
      '/api/v1/resumes/r1/export?format=pdf&template=modern&paper=a4&disposition=inline&version=1',
    )
  })
})

describe('Standardisation fixes', () => {
  it('previews fixes and applies all safe ones as a new version', async () => {
    const fixed = resumeDetail({ resume: { ...resume, basics: { ...resume.basics, phone: '+44 20 7946 0000' } }, version: 2 })
    const fetchMock = workspace(undefined, {
      'GET /api/v1/resumes/r1/fixes': () =>
        jsonResponse({
          items: [
            { id: 'f1', path: 'work[0].startDate', before: 'Jan 2020', after: '2020-01', description: 'Standard date', safe: true },
            { id: 'f2', path: 'basics.phone', before: '020 7946', after: '+44 20 7946', description: 'Phone format', safe: true },
            { id: 'f3', path: 'work[1].name', before: 'royal society', after: 'Royal Society', description: 'Capitalise', safe: false },
          ],
        }),
      'POST /api/v1/resumes/r1/fixes/apply': () => jsonResponse(fixed),
    })
    const { user } = await openWorkspace()
    await openTool(user, 'Fixes')
    const panel = screen.getByRole('region', { name: 'Standardisation fixes' })
    expect(await within(panel).findByText('Jan 2020')).toBeInTheDocument()
    expect(within(panel).getByText('2020-01')).toBeInTheDocument()
    expect(within(panel).getByText(/review before applying/)).toBeInTheDocument()

    await user.click(within(panel).getByRole('button', { name: 'Apply all safe fixes (2)' }))
    expect(await within(panel).findByText('2 fixes applied. Undo reverts them.')).toBeInTheDocument()
    expect(bodyOf(callsTo(fetchMock, 'POST', '/api/v1/resumes/r1/fixes/apply')[0])).toEqual({ ids: ['f1', 'f2'] })
    expect(screen.getByText('Current: version 2')).toBeInTheDocument()
  })
})

/** Makes the workspace lay itself out as on a phone: narrower than 64rem. */
function onAPhone() {
  const spy = vi.spyOn(window, 'matchMedia').mockImplementation(
    (query: string) =>
      ({
        matches: query === '(max-width: 63.99rem)',
        media: query,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
      }) as unknown as MediaQueryList,
  )
  return () => {
    spy.mockRestore()
  }
}

/** The disclosure button in a section's heading (the section index has buttons of the same names). */
function sectionToggle(name: string) {
  return within(screen.getByRole('region', { name })).getByRole('button', { name })
}

describe('Workspace layout', () => {
  it('keeps the preview and every tool in tabs beside the editor, moved between with the arrow keys', async () => {
    workspace()
    const { user } = await openWorkspace()
    const tabs = within(screen.getByRole('tablist', { name: 'Tools' })).getAllByRole('tab')
    expect(tabs.map((tab) => tab.textContent)).toEqual(['Preview', 'Analysis', 'Fixes', 'AI', 'Cover letter', 'Versions', 'Export'])
    expect(screen.getByRole('tab', { name: 'Preview' })).toHaveAttribute('aria-selected', 'true')
    expect(screen.getByTitle('Preview of your resume as a PDF')).toBeInTheDocument()

    await user.click(screen.getByRole('tab', { name: 'Preview' }))
    await user.keyboard('{ArrowRight}')
    const analysisTab = screen.getByRole('tab', { name: 'Analysis' })
    expect(analysisTab).toHaveFocus()
    expect(analysisTab).toHaveAttribute('aria-selected', 'true')
    expect(screen.getByRole('tabpanel', { name: 'Analysis' })).toContainElement(screen.getByRole('heading', { name: 'Analysis' }))
    expect(screen.queryByTitle('Preview of your resume as a PDF')).not.toBeInTheDocument()
    // Undo stays in reach whichever tool is open.
    expect(screen.getByRole('button', { name: 'Undo' })).toBeInTheDocument()
  })

  it('folds sections and opens them again from the heading', async () => {
    workspace()
    const { user } = await openWorkspace()
    const toggle = sectionToggle('Work experience')
    expect(toggle).toHaveAttribute('aria-expanded', 'true')
    await user.click(toggle)
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
    expect(screen.queryByRole('group', { name: /^Job 1/ })).not.toBeInTheDocument()
    await user.click(toggle)
    expect(screen.getByRole('group', { name: /^Job 1/ })).toBeInTheDocument()
  })

  describe('on a phone', () => {
    let restore: () => void
    beforeEach(() => {
      restore = onAPhone()
    })
    afterEach(() => {
      restore()
    })

    it('starts with only the contact section open, and the section index opens and moves to another', async () => {
      workspace()
      const { user } = await openWorkspace()
      expect(sectionToggle('Contact and summary')).toHaveAttribute('aria-expanded', 'true')
      expect(sectionToggle('Work experience')).toHaveAttribute('aria-expanded', 'false')
      expect(screen.queryByLabelText('Bullet 1')).not.toBeVisible()

      const index = screen.getByRole('navigation', { name: 'Resume sections' })
      await user.click(within(index).getByRole('button', { name: 'Work experience (2)' }))
      expect(sectionToggle('Work experience')).toHaveAttribute('aria-expanded', 'true')
      await waitFor(() => {
        expect(screen.getByRole('region', { name: 'Work experience' })).toHaveFocus()
      })
      expect(screen.getByLabelText('Bullet 1')).toBeVisible()
    })

    it('also opens the sections that have a field to check', async () => {
      workspace(resumeDetail({ resume, confidence: [{ path: 'skills[0].keywords', score: 0.4, reason: 'Hard to read' }] }))
      await openWorkspace()
      expect(sectionToggle('Skills')).toHaveAttribute('aria-expanded', 'true')
      expect(sectionToggle('Work experience')).toHaveAttribute('aria-expanded', 'false')
    })

    it('opens a folded section to show where a finding is', async () => {
      workspace(undefined, { 'POST /api/v1/resumes/r1/analyses': () => jsonResponse(analysis, 201) })
      const { user } = await openWorkspace()
      expect(sectionToggle('Work experience')).toHaveAttribute('aria-expanded', 'false')
      await openTool(user, 'Analysis')
      await user.click(screen.getByRole('button', { name: 'Analyse' }))
      const content = await screen.findByRole('region', { name: 'Content (2)' })
      const finding = within(content).getAllByRole('listitem')[1]
      if (!finding) throw new Error('expected two findings')

      await user.click(within(finding).getByRole('button', { name: 'Show in resume' }))
      expect(sectionToggle('Work experience')).toHaveAttribute('aria-expanded', 'true')
      await waitFor(() => {
        expect(screen.getByLabelText('Bullet 2')).toHaveFocus()
      })
    })

    it('switches between the editor and the preview instead of showing both', async () => {
      workspace()
      const { user } = await openWorkspace()
      const view = screen.getByRole('group', { name: 'View' })
      const editor = within(view).getByRole('button', { name: 'Editor' })
      const preview = within(view).getByRole('button', { name: 'Preview' })
      expect(editor).toHaveAttribute('aria-pressed', 'true')
      expect(preview).toHaveAttribute('aria-pressed', 'false')
      expect(screen.queryByRole('tab', { name: 'Preview' })).not.toBeInTheDocument()
      expect(screen.queryByTitle('Preview of your resume as a PDF')).not.toBeInTheDocument()

      await user.click(preview)
      expect(preview).toHaveAttribute('aria-pressed', 'true')
      expect(editor).toHaveAttribute('aria-pressed', 'false')
      expect(screen.getByTitle('Preview of your resume as a PDF')).toBeVisible()
      expect(screen.getByLabelText('Full name')).not.toBeVisible()

      await user.click(editor)
      expect(screen.getByLabelText('Full name')).toBeVisible()
      expect(screen.queryByTitle('Preview of your resume as a PDF')).not.toBeInTheDocument()
    })
  })
})
