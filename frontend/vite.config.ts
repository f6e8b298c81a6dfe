/// <reference types="vitest/config" />
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import { defineConfig, type Plugin } from 'vite'
import react from '@vitejs/plugin-react'

// In development the API runs separately; in production the backend serves dist/ at the same origin.
const backend = 'http://localhost:8080'
const proxied = ['/api', '/health', '/docs', '/openapi']

// Writes a .br and a .gz beside each script and stylesheet of the build, compressed once at the highest level;
// the API (Hosting/SpaHosting.cs) and nginx (gzip_static) send them to browsers that accept them.
function precompress(): Plugin {
  let outDir = 'dist'
  return {
    name: 'precompress',
    apply: 'build',
    configResolved(config) {
      outDir = join(config.root, config.build.outDir, config.build.assetsDir)
    },
    closeBundle() {
      for (const name of readdirSync(outDir).filter((file) => /\.(js|css)$/.test(file))) {
        const content = readFileSync(join(outDir, name))
        writeFileSync(join(outDir, `${name}.br`), brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY } }))
        writeFileSync(join(outDir, `${name}.gz`), gzipSync(content, { level: constants.Z_BEST_COMPRESSION }))
      }
    },
  }
}

export default defineConfig({
  plugins: [react(), precompress()],
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
