import { lazy, Suspense, type ReactNode } from 'react'
import { LoadingState } from '../components/states'
import { ResumeListPage } from '../features/resumes/components/resume-list-page'
import { UploadPage } from '../features/upload/components/upload-page'
import { Link, matchPath } from '../lib/router'
import { useDocumentTitle } from '../lib/use-document-title'

// The workspace (editor, analysis, export) is most of the code; first visits to the upload page do not need it.
const WorkspacePage = lazy(() => import('./workspace-page'))
const PrivacyPage = lazy(() => import('../features/privacy/components/privacy-page'))

interface Route {
  path: string
  render: (params: Record<string, string>) => ReactNode
}

const routes: Route[] = [
  { path: '/', render: () => <UploadPage /> },
  { path: '/resumes', render: () => <ResumeListPage /> },
  {
    path: '/privacy',
    render: () => (
      <Suspense fallback={<LoadingState>Loading…</LoadingState>}>
        <PrivacyPage />
      </Suspense>
    ),
  },
  // Keyed by id so moving between resumes starts each page fresh.
  {
    path: '/resumes/:id',
    render: ({ id = '' }) => (
      <Suspense fallback={<LoadingState>Loading your resume…</LoadingState>}>
        <WorkspacePage key={id} id={id} />
      </Suspense>
    ),
  },
]

export function renderRoute(pathname: string): ReactNode {
  for (const route of routes) {
    const params = matchPath(route.path, pathname)
    if (params) return route.render(params)
  }
  return <NotFoundPage />
}

function NotFoundPage() {
  useDocumentTitle('Page not found')
  return (
    <>
      <h1>Page not found</h1>
      <p>
        There is nothing at this address. <Link to="/">Upload a resume</Link> or see <Link to="/resumes">my resumes</Link>.
      </p>
    </>
  )
}
