/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** API base for split deployments, e.g. https://api.example.com. Empty: same origin. */
  readonly VITE_API_URL?: string
}

interface ImportMeta {
  readonly env: ImportMetaEnv
}
