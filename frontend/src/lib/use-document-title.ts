import { useEffect } from 'react'

const appName = 'Resume Refiner'

/** Sets the tab title to "<page> · Resume Refiner". */
export function useDocumentTitle(page: string): void {
  useEffect(() => {
    document.title = page ? `${page} · ${appName}` : appName
  }, [page])
}
