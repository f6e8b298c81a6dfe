import { createContext, useContext } from 'react'
import { fieldId } from './editor-context'

/** One place an analysis finding points at, with the finding's index in its report. */
export interface FieldFinding {
  path: string
  message: string
  index: number
}

interface Findings {
  findings: readonly FieldFinding[]
  onShowFinding: (index: number) => void
}

export const FindingsContext = createContext<Findings>({ findings: [], onShowFinding: () => undefined })

/** True when `path` is `field` or lies inside it: "work[0].highlights[1]" is inside "work[0].highlights". */
function concerns(field: string, path: string, exact: boolean): boolean {
  return path === field || (!exact && (path.startsWith(`${field}[`) || path.startsWith(`${field}.`)))
}

/** The id of a field's findings list, for the field's aria-describedby. */
export function findingsId(path: string): string {
  return `${fieldId(path)}-findings`
}

/** The findings about `path` (and, unless `exact`, about anything inside it). */
export function useFieldFindings(path: string, exact = false): readonly FieldFinding[] {
  const { findings } = useContext(FindingsContext)
  return findings.filter((finding) => concerns(path, finding.path, exact))
}

/** The analysis findings about a field, right after it, each linking to the finding in the Analysis panel. */
export function FindingMarker({ path, exact = false }: { path: string; exact?: boolean }) {
  const { onShowFinding } = useContext(FindingsContext)
  const mine = useFieldFindings(path, exact)
  if (mine.length === 0) return null
  return (
    <ul className="finding-marker" id={findingsId(path)}>
      {mine.map((finding) => (
        <li key={`${finding.index}-${finding.path}`}>
          <span className="finding-marker__label">Analysis:</span> {finding.message}{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => {
              onShowFinding(finding.index)
            }}
          >
            See in analysis
          </button>
        </li>
      ))}
    </ul>
  )
}
