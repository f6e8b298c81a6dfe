import { describe, expect, it } from 'vitest'
import { errorFromResponse, errorMessage } from './api-client'

const problemJson = 'application/problem+json; charset=utf-8'

describe('errorFromResponse', () => {
  it('uses the problem detail as a sentence', () => {
    const error = errorFromResponse(415, JSON.stringify({ title: 'Unsupported', detail: 'Only PDF and Word files' }), problemJson)
    expect(error.message).toBe('Only PDF and Word files.')
    expect(error.status).toBe(415)
    expect(error.problem?.title).toBe('Unsupported')
  })

  it('falls back to the title when there is no detail', () => {
    expect(errorFromResponse(404, JSON.stringify({ title: 'Not Found', detail: '  ' }), problemJson).message).toBe('Not Found.')
  })

  it('never shows a body that is not a problem', () => {
    expect(errorFromResponse(502, '<html>Bad gateway</html>', 'text/html').message).toBe(
      'Something went wrong on our side. Please try again.',
    )
    expect(errorFromResponse(413, '', null).message).toBe('The file is too large.')
    expect(errorFromResponse(400, '{not json', problemJson).message).toBe('The request was not valid.')
  })

  it('gives a generic sentence for anything that is not an API error', () => {
    expect(errorMessage(new TypeError('x is undefined'))).toBe('Something unexpected went wrong. Please try again.')
  })
})
