import { useEffect, useRef } from 'react'
import { ErrorBoundary } from '../components/error-boundary'
import { ClientConfigProvider } from '../lib/client-config-provider'
import { Link, usePathname } from '../lib/router'
import { renderRoute } from './routes'

const navItems = [
  { to: '/', label: 'Upload', isActive: (path: string) => path === '/' },
  { to: '/resumes', label: 'My resumes', isActive: (path: string) => path.startsWith('/resumes') },
]

export function App() {
  const pathname = usePathname()
  const mainRef = useRef<HTMLElement>(null)
  const firstRender = useRef(true)
  // The workspace puts the editor and its tools side by side, so it gets the full width, header included.
  const wide = /^\/resumes\/[^/]+/.test(pathname)

  // After client-side navigation, start screen readers and scrolling at the new page, as a page load would.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false
      return
    }
    mainRef.current?.focus()
    window.scrollTo(0, 0)
  }, [pathname])

  return (
    <ClientConfigProvider>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className={`site-header__inner${wide ? ' site-header__inner--wide' : ''}`}>
          <Link to="/" className="brand">
            <svg viewBox="0 0 32 32" aria-hidden="true" focusable="false" className="brand__mark">
              <rect width="32" height="32" rx="6" />
              <path d="M10 8h9l5 5v11a2 2 0 0 1-2 2H10a2 2 0 0 1-2-2V10a2 2 0 0 1 2-2z" className="brand__page" />
            </svg>
            Resume Refiner
          </Link>
          <nav aria-label="Main">
            <ul className="nav">
              {navItems.map((item) => (
                <li key={item.to}>
                  <Link to={item.to} className="nav__link" aria-current={item.isActive(pathname) ? 'page' : undefined}>
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </header>
      <main
        id="main"
        ref={mainRef}
        tabIndex={-1}
        className={`site-main${wide ? ' site-main--wide' : ''}`}
      >
        {/* Keyed by path: navigating away from a page that failed renders the next one afresh. */}
        <ErrorBoundary key={pathname}>{renderRoute(pathname)}</ErrorBoundary>
      </main>
      <footer className="site-footer">
        <p>
          Your files stay in your private workspace and are deleted automatically.{' '}
          <Link to="/privacy">Privacy</Link>
        </p>
      </footer>
    </ClientConfigProvider>
  )
}
