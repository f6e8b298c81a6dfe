/// <reference types="vitest/config" />
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

// In development the API runs separately; in production the backend serves dist/ at the same origin.
const backend = 'http://localhost:8080'
const proxied = ['/api', '/health', '/docs', '/openapi']

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: Object.fromEntries(proxied.map((path) => [path, { target: backend, changeOrigin: false }])),
  },
  build: {
    sourcemap: false,
  },
  test: {
    environment: 'jsdom',
    // Dates in assertions are written for UTC.
    env: { TZ: 'UTC' },
    setupFiles: ['./src/testing/setup-tests.ts'],
    // Editor tests type into a large form and wait out the autosave delay; the CI machine is shared.
    testTimeout: 20000,
    restoreMocks: true,
    unstubGlobals: true,
  },
})
