import { describe, expect, it } from 'vitest'
import { matchPath } from './router'

describe('matchPath', () => {
  it('matches static and parameterised paths', () => {
    expect(matchPath('/', '/')).toEqual({})
    expect(matchPath('/resumes', '/resumes/')).toEqual({})
    expect(matchPath('/resumes/:id', '/resumes/a%20b')).toEqual({ id: 'a b' })
  })

  it('rejects other paths', () => {
    expect(matchPath('/resumes/:id', '/resumes')).toBeNull()
    expect(matchPath('/resumes', '/uploads')).toBeNull()
    expect(matchPath('/resumes/:id', '/resumes/%E0%A4%A')).toBeNull()
  })
})
