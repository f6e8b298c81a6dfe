import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react'

export type Resource<T> =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'success'; data: T }

interface Settled<T> {
  key: string
  result: { status: 'error'; error: unknown } | { status: 'success'; data: T }
}

/**
 * Loads data for `key` (e.g. a URL) and re-loads when the key changes or `reload()` is called.
 * Results for a stale key are ignored, and the request is aborted when the component goes away.
 */
export function useResource<T>(
  key: string,
  load: (signal: AbortSignal) => Promise<T>,
): [Resource<T>, { reload: () => void; update: (change: (data: T) => T) => void }] {
  const [attempt, setAttempt] = useState(0)
  const [settled, setSettled] = useState<Settled<T> | null>(null)
  const loadRef = useRef(load)
  useLayoutEffect(() => {
    loadRef.current = load
  })

  const requestKey = `${key}#${attempt}`
  useEffect(() => {
    const controller = new AbortController()
    loadRef.current(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setSettled({ key: requestKey, result: { status: 'success', data } })
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setSettled({ key: requestKey, result: { status: 'error', error } })
      },
    )
    return () => {
      controller.abort()
    }
  }, [requestKey])

  const reload = useCallback(() => {
    setAttempt((n) => n + 1)
  }, [])
  const update = useCallback(
    (change: (data: T) => T) => {
      setSettled((current) =>
        current?.result.status === 'success'
          ? { key: current.key, result: { status: 'success', data: change(current.result.data) } }
          : current,
      )
    },
    [],
  )

  // A reload keeps showing data we already had; a new key, or a retry after an error, shows loading.
  const isCurrent =
    settled !== null &&
    (settled.key === requestKey || (settled.result.status === 'success' && settled.key.startsWith(`${key}#`)))
  const resource: Resource<T> = isCurrent ? settled.result : { status: 'loading' }
  return [resource, { reload, update }]
}
