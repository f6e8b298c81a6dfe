// Proves that `npm run lint` (eslint.config.js, as it is) fails when a feature imports another feature, or shared code
// imports a feature: each case lints a file that exists only in memory, placed inside src/.
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { ESLint } from 'eslint'
import tseslint from 'typescript-eslint'
import { describe, expect, it } from 'vitest'

const featuresDir = path.join(import.meta.dirname, 'src', 'features')
const features = readdirSync(featuresDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)

/** A real module of the feature, as an import path from `fromDir` without its extension. */
function moduleOf(feature: string, fromDir: string): string {
  const file = readdirSync(path.join(featuresDir, feature), { recursive: true, encoding: 'utf8' }).find(
    (name) => /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name),
  )
  if (file === undefined) throw new Error(`The ${feature} feature has no module to import.`)
  const target = path.join(featuresDir, feature, file).replace(/\.tsx?$/, '')
  return path.relative(fromDir, target).split(path.sep).join('/')
}

// The project's config, less the type-aware rules: TypeScript's project service cannot see a file that is not on disk.
const eslint = new ESLint({ cwd: import.meta.dirname, overrideConfig: tseslint.configs.disableTypeChecked })

/** Lints a file that re-exports everything from `imported`, as if it were saved at `filePath` (relative to src/). */
async function lintImport(filePath: string, importedFeature: string) {
  const absolute = path.join(import.meta.dirname, 'src', filePath)
  const code = `export * from '${moduleOf(importedFeature, path.dirname(absolute))}'\n`
  const [result] = await eslint.lintText(code, { filePath: absolute })
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? 'fatal'}: ${m.message}`)
}

describe('Feature boundaries in eslint.config.js', { timeout: 120_000 }, () => {
  it('finds the features from the folders', () => {
    expect(features).toEqual(expect.arrayContaining(['upload', 'privacy', 'ai', 'editor']))
  })

  it('lets a feature import its own code', async () => {
    expect(await lintImport('features/upload/components/probe.ts', 'upload')).toEqual([])
  })

  it.each(features.map((feature, i) => [feature, features[(i + 1) % features.length] ?? feature]))(
    'fails when %s imports %s',
    async (feature, other) => {
      expect(await lintImport(`features/${feature}/probe.ts`, other)).toEqual([
        expect.stringMatching(/^import-x\/no-restricted-paths: .*A feature must not import another feature/),
      ])
    },
  )

  it('fails when the upload and privacy features import each other, as they once did', async () => {
    expect(await lintImport('features/upload/components/probe.ts', 'privacy')).toHaveLength(1)
    expect(await lintImport('features/privacy/components/probe.ts', 'upload')).toHaveLength(1)
  })

  it('fails when shared code imports a feature', async () => {
    for (const shared of ['lib', 'components', 'types']) {
      expect(await lintImport(`${shared}/probe.ts`, 'upload')).toEqual([
        expect.stringMatching(/^import-x\/no-restricted-paths: .*Shared code must not import features/),
      ])
    }
  })
})
