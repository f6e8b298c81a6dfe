import { useEffect, useState } from 'react'

/** `value`, but only once it has stayed the same for `delayMs`: for work too costly to redo on every change. */
export function useDebouncedValue<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value)
  useEffect(() => {
    const timer = window.setTimeout(() => {
      setSettled(value)
    }, delayMs)
    return () => {
      window.clearTimeout(timer)
    }
  }, [value, delayMs])
  return settled
}
