import { act, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { previewDelayMs, ResumePreview } from './resume-preview'

const frameTitle = 'Preview of your resume as a PDF'

describe('ResumePreview', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('shows the inline PDF of the saved version in the chosen template, with a link to open it', () => {
    render(<ResumePreview resumeId="r1" version={3} template="modern" paper="a4" behind={false} />)
    const src = '/api/v1/resumes/r1/export?format=pdf&template=modern&paper=a4&disposition=inline&version=3'
    expect(screen.getByTitle(frameTitle)).toHaveAttribute('src', src)
    expect(screen.getByRole('link', { name: 'Open PDF in a new tab' })).toHaveAttribute('href', src)
    expect(screen.getByText('Showing version 3.')).toBeInTheDocument()
  })

  it('reloads only once saves have paused, so a burst of autosaves renders one PDF', () => {
    const { rerender } = render(<ResumePreview resumeId="r1" version={1} template="classic" paper="letter" behind={false} />)
    const frame = screen.getByTitle(frameTitle)

    rerender(<ResumePreview resumeId="r1" version={2} template="classic" paper="letter" behind={false} />)
    act(() => {
      vi.advanceTimersByTime(previewDelayMs - 100)
    })
    rerender(<ResumePreview resumeId="r1" version={3} template="classic" paper="letter" behind={false} />)
    act(() => {
      vi.advanceTimersByTime(previewDelayMs - 100)
    })
    expect(frame.getAttribute('src')).toContain('version=1')
    expect(screen.getByText('The preview will update after your changes are saved.')).toBeInTheDocument()

    act(() => {
      vi.advanceTimersByTime(100)
    })
    expect(frame.getAttribute('src')).toContain('version=3')
  })

  it('follows another template at once', () => {
    const { rerender } = render(<ResumePreview resumeId="r1" version={1} template="classic" paper="letter" behind={false} />)
    rerender(<ResumePreview resumeId="r1" version={1} template="compact" paper="letter" behind={false} />)
    expect(screen.getByTitle(frameTitle).getAttribute('src')).toContain('template=compact')
  })

  it('says it is behind while edits are unsaved', () => {
    render(<ResumePreview resumeId="r1" version={1} template="classic" paper="letter" behind />)
    expect(screen.getByText('The preview will update after your changes are saved.')).toBeInTheDocument()
  })
})
