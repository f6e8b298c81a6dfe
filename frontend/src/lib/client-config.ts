// The server's settings that the app shows or obeys: upload limits, AI availability and the data-handling facts.
import type { AiConfig, AppConfig } from '../types/api'
import { apiFetch } from './api-client'

export const clientConfigPath = '/api/v1/config'

/** The backend's defaults; used by pages that can work without the server's answer, so uploading still works. */
export const fallbackConfig: AppConfig = {
  maxFileSize: 10 * 1024 * 1024,
  acceptedExtensions: ['.pdf', '.docx', '.txt', '.md', '.json', '.zip', '.csv', '.png', '.jpg', '.jpeg', '.tif', '.tiff'],
  ai: { enabled: false },
  errorReporting: false,
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined
}

function normalizeAi(raw: Partial<AppConfig> | null | undefined): AiConfig {
  const value: unknown = raw?.ai
  const ai = value !== null && typeof value === 'object' ? (value as Partial<AiConfig>) : null
  if (ai?.enabled !== true) return { enabled: false }
  const provider = text(ai.provider)
  const model = text(ai.model)
  return {
    enabled: true,
    ...(provider ? { provider } : {}),
    ...(model ? { model } : {}),
    ...(typeof ai.redactsContacts === 'boolean' ? { redactsContacts: ai.redactsContacts } : {}),
  }
}

function normalize(raw: Partial<AppConfig> | null | undefined): AppConfig {
  const maxFileSize =
    typeof raw?.maxFileSize === 'number' && raw.maxFileSize > 0 ? raw.maxFileSize : fallbackConfig.maxFileSize
  const extensions = Array.isArray(raw?.acceptedExtensions)
    ? raw.acceptedExtensions
        .filter((ext): ext is string => typeof ext === 'string' && ext.trim() !== '')
        .map((ext) => {
          const lower = ext.trim().toLowerCase()
          return lower.startsWith('.') ? lower : `.${lower}`
        })
    : []
  const ai = normalizeAi(raw)
  // No default: a privacy promise must be the server's own figure.
  const retentionDays =
    typeof raw?.retentionDays === 'number' && Number.isInteger(raw.retentionDays) && raw.retentionDays > 0
      ? raw.retentionDays
      : undefined
  return {
    maxFileSize,
    acceptedExtensions: extensions.length > 0 ? extensions : fallbackConfig.acceptedExtensions,
    ai,
    ...(retentionDays === undefined ? {} : { retentionDays }),
    errorReporting: raw?.errorReporting === true,
  }
}

/** GET /api/v1/config; fails when the server cannot answer, so each page decides whether it may fall back. */
export async function fetchClientConfig(signal?: AbortSignal): Promise<AppConfig> {
  return normalize(await apiFetch<Partial<AppConfig>>(clientConfigPath, { signal: signal ?? null }))
}
