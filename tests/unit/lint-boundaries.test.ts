// @vitest-environment node
import { ESLint } from 'eslint'
import tseslint from 'typescript-eslint'
import { describe, expect, it } from 'vitest'

// The project's real config, minus type information: the linted snippets are not files
// on disk, so the TypeScript project service cannot see them. Import rules need no types.
const eslint = new ESLint({
  overrideConfig: { ...tseslint.configs.disableTypeChecked, files: ['**/*.ts', '**/*.vue'] },
})

async function restrictedImportErrors(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports' && m.severity === 2)
    .map((m) => m.message)
}

const importOf = (from: string) => `import * as x from '${from}'\n\nexport const y = x\n`

/**
 * DESIGN.md §3, written out cell by cell: for each layer (a file in it), the imports it must not
 * make. The config is not read here, so a zone dropped from eslint.config.js fails this table.
 */
const FORBIDDEN: Record<string, { file: string; imports: string[] }> = {
  domain: {
    file: 'src/domain/sample.ts',
    imports: ['@/db', '@/stores/team', '@/services/clock', '@/composables/useFilePick', '@/components/x', '@/views/x', '@/app/router', '@/i18n', 'vue', 'pinia', 'dexie', 'pdfmake', 'vue-i18n', '../db'],
  },
  db: {
    file: 'src/db/sample.ts',
    imports: ['@/stores/team', '@/services/clock', '@/composables/useFilePick', '@/components/x', '@/views/x', '@/app/router', '@/domain/scoring/score', 'pdfmake'],
  },
  services: {
    file: 'src/services/sample.ts',
    imports: ['@/db', '@/stores/team', '@/composables/useFilePick', '@/components/x', '@/views/x', '@/app/router', '@/domain/scoring/score', 'dexie', 'pdfmake', 'vue-i18n'],
  },
  'services/pdf': {
    file: 'src/services/pdf/sample.ts',
    imports: ['@/db', '@/stores/team', '@/components/x', '@/domain/record/build', 'dexie'],
  },
  stores: {
    file: 'src/stores/sample.ts',
    imports: ['@/components/x', '@/views/x', '@/composables/useFilePick', '@/app/router', '@/domain/scoring/score', '@/db/exchange', 'dexie', 'pdfmake', '../components/x'],
  },
  composables: {
    file: 'src/composables/sample.ts',
    imports: ['@/db', '@/services/clock', '@/components/x', '@/views/x', '@/app/router', '@/domain/scoring/score', 'dexie'],
  },
  components: {
    file: 'src/components/team/sample.ts',
    imports: ['@/db', '@/services/clock', '@/views/x', '@/app/router', '@/domain/scoring/score', 'dexie', 'pdfmake', '../../db'],
  },
  views: {
    file: 'src/views/sample.ts',
    imports: ['@/db', '@/services/clock', '@/services/share', '@/app/router', '@/domain/scoring/score', 'dexie', 'pdfmake'],
  },
  wiring: {
    file: 'src/app/sample.ts',
    imports: ['@/domain/scoring/score', '@/db/exchange', 'dexie'],
  },
}

/** Cells the table allows, so that a zone too wide fails here too. */
const ALLOWED: [string, string][] = [
  ['src/domain/exchange/sample.ts', '../scoring/score'],
  ['src/domain/sample.ts', 'valibot'],
  ['src/db/sample.ts', '@/domain'],
  ['src/db/sample.ts', 'dexie'],
  ['src/services/sample.ts', '@/domain'],
  ['src/services/pdf/sample.ts', 'pdfmake'],
  // The photo worker's encoder: the one deep domain import outside the domain (see encode.ts).
  ['src/services/image/encode.ts', '@/domain/evidence/photo-plan'],
  ['src/stores/sample.ts', '@/db'],
  ['src/stores/sample.ts', '@/services/clock'],
  ['src/stores/sample.ts', '@/domain'],
  ['src/composables/sample.ts', '@/stores/backup'],
  ['src/components/team/sample.ts', '@/stores/team'],
  ['src/components/team/sample.ts', '@/composables/useFilePick'],
  ['src/views/sample.ts', '@/components/x'],
  ['src/views/sample.ts', '@/stores/team'],
  ['src/app/sample.ts', '@/db'],
  ['src/main.ts', '@/services/clock'],
]

const cells = Object.entries(FORBIDDEN).flatMap(([layer, { file, imports }]) => imports.map((from) => [layer, from, file] as const))

describe('layer boundaries (eslint no-restricted-imports)', () => {
  it.each(cells)('%s may not import %s', async (_layer, from, file) => {
    expect(await restrictedImportErrors(importOf(from), file)).toHaveLength(1)
  })

  it.each(ALLOWED)('%s may import %s', async (file, from) => {
    expect(await restrictedImportErrors(importOf(from), file)).toEqual([])
  })

  it('says why, in the words of the table', async () => {
    expect(await restrictedImportErrors(importOf('vue'), 'src/domain/x.ts')).toEqual([expect.stringContaining('no framework imports')])
    expect(await restrictedImportErrors(importOf('@/domain/scoring/score'), 'src/stores/x.ts')).toEqual([expect.stringContaining("Import from '@/domain'")])
  })

  it('rejects dexie in a view written as a single-file component', async () => {
    const code = [
      '<script setup lang="ts">',
      "import Dexie from 'dexie'",
      '',
      "const db = new Dexie('x')",
      '</script>',
      '',
      '<template>',
      '  <p>{{ db.name }}</p>',
      '</template>',
      '',
    ].join('\n')
    const errors = await restrictedImportErrors(code, 'src/views/SampleView.vue')
    expect(errors).toEqual([expect.stringContaining('Only src/db/ may import dexie')])
  })
})
