import { apiFetch, isAbort } from '../../../lib/api-client'
import type { AiConfig, AppConfig } from '../../../types/api'

/** The backend's defaults; used when the config cannot be fetched so uploading still works. */
export const fallbackConfig: AppConfig = {
  maxFileSize: 10 * 1024 * 1024,
  acceptedExtensions: ['.pdf', '.docx', '.txt', '.md'],
  aiEnabled: false,
  ai: { enabled: false },
  errorReporting: false,
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined
}

/** `ai` from the server, or from the older `aiEnabled` flag alone. */
function normalizeAi(raw: Partial<AppConfig> | null | undefined): AiConfig {
  const value: unknown = raw?.ai
  const ai = value !== null && typeof value === 'object' ? (value as Partial<AiConfig>) : null
  const enabled = ai ? ai.enabled === true : raw?.aiEnabled === true
  if (!enabled) return { enabled: false }
  const provider = text(ai?.provider)
  const model = text(ai?.model)
  return {
    enabled,
    ...(provider ? { provider } : {}),
    ...(model ? { model } : {}),
    ...(typeof ai?.redactsContacts === 'boolean' ? { redactsContacts: ai.redactsContacts } : {}),
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
    aiEnabled: ai.enabled,
    ai,
    ...(retentionDays === undefined ? {} : { retentionDays }),
    errorReporting: raw?.errorReporting === true,
  }
}

/** GET /api/v1/config; fails when the server cannot answer (for the privacy page, which must not guess). */
export async function getServerConfig(signal?: AbortSignal): Promise<AppConfig> {
  return normalize(await apiFetch<Partial<AppConfig>>('/api/v1/config', { signal: signal ?? null }))
}

/** GET /api/v1/config, falling back to the defaults if it fails. */
export async function getConfig(signal?: AbortSignal): Promise<AppConfig> {
  try {
    return await getServerConfig(signal)
  } catch (error) {
    if (isAbort(error)) throw error
    return fallbackConfig
  }
}
