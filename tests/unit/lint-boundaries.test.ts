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

describe('layer boundaries (eslint no-restricted-imports)', () => {
  it('rejects vue in src/domain', async () => {
    const errors = await restrictedImportErrors(
      "import { ref } from 'vue'\n\nexport const count = ref(0)\n",
      'src/domain/x.ts',
    )
    expect(errors).toEqual([expect.stringContaining('no framework imports')])
  })

  it('rejects dexie in a view', async () => {
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

  it('accepts valibot in src/domain', async () => {
    const [result] = await eslint.lintText(
      "import * as v from 'valibot'\n\nexport const Name = v.pipe(v.string(), v.minLength(1))\n",
      { filePath: 'src/domain/x.ts' },
    )
    expect(result?.messages).toEqual([])
  })
})
