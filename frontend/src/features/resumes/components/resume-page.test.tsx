import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { jsonResponse, mockFetch, problemResponse, resumeDetail } from '../../../testing/api-mocks'
import { renderApp } from '../../../testing/render-app'
import type { JsonResume } from '../../../types/json-resume'

const resume: JsonResume = {
  basics: {
    name: 'Ada Lovelace',
    label: 'Analytical Engine Programmer',
    email: 'ada@example.com',
    phone: '+44 20 7946 0000',
    url: 'https://ada.example.com',
    summary: 'Mathematician who wrote the first published algorithm.',
    location: { city: 'London', countryCode: 'GB' },
    profiles: [{ network: 'GitHub', username: 'ada', url: 'https://github.com/ada' }],
  },
  work: [
    {
      name: 'Babbage & Co',
      position: 'Programmer',
      location: 'London',
      startDate: '2020-01',
      highlights: ['Wrote notes on the Analytical Engine', 'Described loops'],
    },
    { name: 'Royal Society', position: 'Translator', startDate: '2018-03-01', endDate: '2019-12' },
  ],
  education: [{ institution: 'University of London', studyType: 'BSc', area: 'Mathematics', startDate: '2014', endDate: '2017' }],
  skills: [{ name: 'Mathematics', keywords: ['Calculus', 'Algebra'] }],
  languages: [{ language: 'English', fluency: 'Native' }],
  projects: [{ name: 'Note G', description: 'Bernoulli numbers', keywords: ['algorithms'] }],
  awards: [],
  interests: [{ name: '' }],
}

describe('Resume view', () => {
  it('shows the parsed resume section by section, leaving out empty ones', async () => {
    mockFetch({ 'GET /api/v1/resumes/r1': () => jsonResponse(resumeDetail({ resume })) })
    renderApp('/resumes/r1')

    expect(await screen.findByRole('heading', { level: 1, name: 'Ada Lovelace' })).toBeInTheDocument()
    expect(document.title).toBe('Ada Lovelace · Resume Refiner')
    expect(screen.getByText('Analytical Engine Programmer')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'ada@example.com' })).toHaveAttribute('href', 'mailto:ada@example.com')
    expect(screen.getByText('London, GB')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'ada' })).toHaveAttribute('href', 'https://github.com/ada')
    expect(screen.getByRole('region', { name: 'Summary' })).toHaveTextContent('first published algorithm')

    const work = screen.getByRole('region', { name: 'Work' })
    expect(within(work).getByRole('heading', { level: 3, name: /Programmer at Babbage & Co/ })).toBeInTheDocument()
    expect(within(work).getByText('Jan 2020 – Present')).toBeInTheDocument()
    expect(within(work).getByText('Mar 2018 – Dec 2019')).toBeInTheDocument()
    expect(within(work).getAllByRole('listitem').map((li) => li.textContent.trim())).toEqual([
      'Wrote notes on the Analytical Engine',
      'Described loops',
    ])

    const education = screen.getByRole('region', { name: 'Education' })
    expect(education).toHaveTextContent('University of London')
    expect(education).toHaveTextContent('BSc, Mathematics')
    expect(education).toHaveTextContent('2014 – 2017')

    const skills = screen.getByRole('region', { name: 'Skills' })
    expect(within(skills).getByRole('heading', { name: 'Mathematics' })).toBeInTheDocument()
    expect(within(within(skills).getByRole('list', { name: 'Mathematics keywords' })).getAllByRole('listitem')).toHaveLength(2)

    expect(screen.getByRole('region', { name: 'Projects' })).toHaveTextContent('Bernoulli numbers')
    expect(screen.getByRole('region', { name: 'Languages' })).toHaveTextContent('English · Native')

    expect(screen.queryByRole('region', { name: 'Awards' })).not.toBeInTheDocument()
    expect(screen.queryByRole('region', { name: 'Interests' })).not.toBeInTheDocument()
    expect(screen.queryByRole('region', { name: 'Volunteer' })).not.toBeInTheDocument()
    expect(screen.queryByText('Check this')).not.toBeInTheDocument()
  })

  it('marks fields the parser was unsure of with “Check this”', async () => {
    mockFetch({
      'GET /api/v1/resumes/r1': () =>
        jsonResponse(
          resumeDetail({
            resume,
            confidence: [
              { path: 'work[0].startDate', score: 0.4, reason: 'The start date was hard to read' },
              { path: 'basics.phone', score: 0.55, reason: 'Looks like a phone number' },
              { path: 'basics.email', score: 0.95, reason: 'Clear email address' },
              { path: '/skills/0/keywords', score: 0.3, reason: 'Skills list may be split oddly' },
            ],
          }),
        ),
    })
    renderApp('/resumes/r1')

    await screen.findByRole('heading', { level: 1, name: 'Ada Lovelace' })
    expect(screen.getByRole('note')).toHaveTextContent('We were not sure about 3 fields.')

    const work = screen.getByRole('region', { name: 'Work' })
    const dates = within(work).getByText(/Jan 2020 – Present/)
    expect(dates).toHaveTextContent('Check this: The start date was hard to read')
    expect(within(work).getAllByText('Check this')).toHaveLength(1)

    const phone = screen.getByRole('link', { name: '+44 20 7946 0000' }).parentElement
    expect(phone).toHaveTextContent('Check this: Looks like a phone number')
    const email = screen.getByRole('link', { name: 'ada@example.com' }).parentElement
    expect(email).not.toHaveTextContent('Check this')

    expect(screen.getByRole('region', { name: 'Skills' })).toHaveTextContent('Check this: Skills list may be split oddly')
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
  })

  it('shows a loading state first', async () => {
    mockFetch({ 'GET /api/v1/resumes/r1': () => jsonResponse(resumeDetail()) })
    renderApp('/resumes/r1')

    expect(screen.getByRole('status')).toHaveTextContent('Loading your resume…')
    expect(await screen.findByRole('heading', { level: 1, name: 'Ada Lovelace' })).toBeInTheDocument()
  })

  it('explains when nothing could be recognised in the file', async () => {
    mockFetch({
      'GET /api/v1/resumes/r1': () => jsonResponse(resumeDetail({ fileName: 'scan.pdf', resume: { basics: {} } })),
    })
    renderApp('/resumes/r1')

    expect(await screen.findByRole('heading', { level: 1, name: 'scan.pdf' })).toBeInTheDocument()
    expect(screen.getByText('We could not find resume content in this file')).toBeInTheDocument()
  })
})
