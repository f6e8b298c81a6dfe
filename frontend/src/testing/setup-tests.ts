import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach, beforeEach, vi } from 'vitest'

// The workspace renders a large form; on a busy shared machine findBy* needs longer than the 1 s default.
configure({ asyncUtilTimeout: 4000 })

// jsdom does not implement scrolling; the app scrolls to the top after navigation.
beforeEach(() => {
  vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined)
})

afterEach(() => {
  cleanup()
  window.history.replaceState(null, '', '/')
})

// jsdom has no layout: give the editor's "show this field" the APIs it calls.
Element.prototype.scrollIntoView = function scrollIntoView() {
  // nothing to scroll in jsdom
}
window.matchMedia = (query: string) =>
  ({
    matches: false,
    media: query,
    onchange: null,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  }) as unknown as MediaQueryList
