/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** API base for split deployments, e.g. https://api.example.com. Empty: same origin. */
  readonly VITE_API_URL?: string
  /** Sentry DSN for browser error reports. Empty: no reporting, and the SDK is never loaded. */
  readonly VITE_SENTRY_DSN?: string
}

interface ImportMeta {
  readonly env: ImportMetaEnv
}
