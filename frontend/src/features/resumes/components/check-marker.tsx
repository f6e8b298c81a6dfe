import { createContext, useContext, type ReactNode } from 'react'
import type { UnsureFields } from '../confidence'

const UnsureContext = createContext<UnsureFields>(new Map())

export function UnsureFieldsProvider({ fields, children }: { fields: UnsureFields; children: ReactNode }) {
  return <UnsureContext value={fields}>{children}</UnsureContext>
}

/** A visible "Check this" flag when the parser was unsure of any of the given paths. */
export function CheckMarker({ paths }: { paths: string[] }) {
  const unsure = useContext(UnsureContext)
  const path = paths.find((p) => unsure.has(p))
  if (path === undefined) return null
  const reason = unsure.get(path)
  return (
    <span className="check-marker">
      <span className="check-marker__label">Check this</span>
      {reason ? <span className="check-marker__reason">: {reason}</span> : null}
    </span>
  )
}
