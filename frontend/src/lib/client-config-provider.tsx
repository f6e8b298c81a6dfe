import { createContext, useContext, useState, type ReactNode } from 'react'
import type { AppConfig } from '../types/api'
import { clientConfigPath, fetchClientConfig } from './client-config'
import { useResource, type Resource } from './use-resource'

const ClientConfigContext = createContext<(() => Promise<AppConfig>) | null>(null)

/**
 * Owns the server's client config for the app's lifetime: the first page that asks fetches it and every page after
 * shares the answer. A failed fetch is forgotten, so the next page that asks tries again.
 */
export function ClientConfigProvider({ children }: { children: ReactNode }) {
  const [load] = useState(() => {
    let pending: Promise<AppConfig> | null = null
    return () => {
      pending ??= fetchClientConfig().catch((error: unknown) => {
        pending = null
        throw error
      })
      return pending
    }
  })
  return <ClientConfigContext value={load}>{children}</ClientConfigContext>
}

/** The server's client config; an error when it could not be fetched (pages that can work without it fall back). */
export function useClientConfig(): Resource<AppConfig> {
  const load = useContext(ClientConfigContext)
  if (load === null) throw new Error('useClientConfig needs a ClientConfigProvider above it.')
  const [config] = useResource(clientConfigPath, load)
  return config
}
