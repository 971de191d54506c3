/**
 * Data integrity of the shipped criteria sets. The only test that reads real set files: it checks
 * invariants, not contents (other tests build their own small sets).
 */
import { createHash } from 'node:crypto'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { criteriaSetToWorkbook, criterionMax, parseCriteriaSet, workbookToCriteriaSet } from '@/domain'
import { builtInSets } from '@/services/criteriaSets'

const root = join(__dirname, '../../criteria-sets')
const released = JSON.parse(readFileSync(join(root, 'released.json'), 'utf8')) as Record<string, string>
const files = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => readdirSync(join(root, d.name)).filter((f) => f.endsWith('.json')).map((f) => `${d.name}/${f}`))

describe.each(files)('criteria-sets/%s', (file) => {
  const text = readFileSync(join(root, file), 'utf8')
  const result = parseCriteriaSet(text)

  it('parses without errors', () => {
    expect(result.ok ? [] : result.errors).toEqual([])
  })

  it('sits at <set id>/<version>.json', () => {
    expect(result.ok && `${result.value.id}/${result.value.version}.json`).toBe(file)
  })

  it('is registered as released and unchanged since (a change needs a new version file)', () => {
    expect(released[file], 'run `npm run criteria:hashes` to register a new file').toBeDefined()
    expect(createHash('sha256').update(readFileSync(join(root, file))).digest('hex')).toBe(released[file])
  })

  it('keeps item sums within criterion and group maxima, and every group has bands covering its maximum (or is rated by levels)', () => {
    if (!result.ok) return expect.unreachable()
    for (const g of result.value.groups) {
      if (result.value.levelRule) {
        expect([g.max, g.bands]).toEqual([undefined, undefined])
        continue
      }
      expect(g.criteria.reduce((s, c) => s + criterionMax(c), 0)).toBeLessThanOrEqual(g.max ?? -1)
      expect(g.bands?.at(-1)?.max).toBe(g.max)
    }
  })

  it('has a changelog entry for this version', () => {
    const changelog = readFileSync(join(root, file.split('/')[0]!, 'CHANGELOG.md'), 'utf8')
    expect(changelog).toContain(`## ${file.split('/')[1]!.replace(/\.json$/, '')}`)
  })
})

it('every released file still exists', () => {
  expect(Object.keys(released).filter((f) => !files.includes(f))).toEqual([])
})

// Awaited so the test holds whether the app's sets are bundled or loaded on demand.
const builtIn = await Promise.resolve(builtInSets())

describe('every built-in set written as a spreadsheet (Bộ tiêu chí → Xuất Excel)', () => {
  it('is every released file', () => {
    expect(builtIn.map((s) => `${s.id}/${s.version}.json`).sort()).toEqual([...files].sort())
  })

  it.each(builtIn.map((s) => [`${s.id} ${s.version}`, s] as const))('%s reads back identical', (_, set) => {
    const back = workbookToCriteriaSet(criteriaSetToWorkbook(set))
    expect(back.ok ? back.value : back.errors).toStrictEqual(set)
  })
})
