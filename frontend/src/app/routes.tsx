import type { ReactNode } from 'react'
import { ResumeListPage } from '../features/resumes/components/resume-list-page'
import { ResumePage } from '../features/resumes/components/resume-page'
import { UploadPage } from '../features/upload/components/upload-page'
import { Link, matchPath } from '../lib/router'
import { useDocumentTitle } from '../lib/use-document-title'

interface Route {
  path: string
  render: (params: Record<string, string>) => ReactNode
}

const routes: Route[] = [
  { path: '/', render: () => <UploadPage /> },
  { path: '/resumes', render: () => <ResumeListPage /> },
  // Keyed by id so moving between resumes starts each page fresh.
  { path: '/resumes/:id', render: ({ id = '' }) => <ResumePage key={id} id={id} /> },
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
