import { Component, type ErrorInfo, type ReactNode } from 'react'
import { reportCaughtError } from '../lib/monitoring'
import { ErrorState } from './states'

interface Props {
  children: ReactNode
}

/**
 * Keeps a rendering error in one page from blanking the whole app: shows a message with a way out and reports the
 * error (to Sentry when it is configured).
 */
export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false }

  static getDerivedStateFromError() {
    return { failed: true }
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    reportCaughtError(error, info)
  }

  override render() {
    if (this.state.failed) {
      return (
        <ErrorState
          message="Something went wrong on this page. Your saved work is safe; reload the page to continue."
          onRetry={() => {
            window.location.reload()
          }}
        />
      )
    }
    return this.props.children
  }
}
