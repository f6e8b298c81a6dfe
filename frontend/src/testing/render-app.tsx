import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { App } from '../app/app'

/** Renders the whole app at a URL, as a user arriving at that address would see it. */
export function renderApp(path = '/') {
  window.history.replaceState(null, '', path)
  const user = userEvent.setup()
  return { user, ...render(<App />) }
}
