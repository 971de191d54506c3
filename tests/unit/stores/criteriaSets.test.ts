import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { ChisoDb, repos, useDatabase } from '@/db'
import type { Assessment } from '@/domain'
import { useCriteriaSetsStore } from '@/stores/criteriaSets'
import { tinySet, tinySetJson } from '../../builders/criteriaSet'
import { levelFixtureSet } from '../../fixtures/setWorkbooks'

const fileOf = (content: unknown, name = 'x.json') =>
  new File([typeof content === 'string' ? content : JSON.stringify(content)], name, { type: 'application/json' })

const assessmentOn = (setId: string, version: string): Assessment => ({
  id: 'a1',
  schoolId: 's1',
  setId,
  version,
  schoolYear: '2025-2026',
  status: 'draft',
  revision: 1,
  record: {},
  createdAt: '2025-09-01T00:00:00.000Z',
  updatedAt: '2025-09-01T00:00:00.000Z',
})

/** The parts of a set file the tests below break on purpose. */
interface Breakable {
  title?: unknown
  version: string
  extra?: boolean
  groups: { criteria: { items: { id: string; max?: number }[] }[] }[]
}

function broken(change: (s: Breakable) => void): unknown {
  const s = tinySetJson() as unknown as Breakable
  change(s)
  return s
}

beforeEach(() => {
  useDatabase(new ChisoDb(`test-${crypto.randomUUID()}`))
  setActivePinia(createPinia())
})

describe('criteria sets store', () => {
  it('lists the built-in QĐ 4725 set', async () => {
    const store = useCriteriaSetsStore()
    await store.refresh()
    const builtIn = store.all.filter((a) => a.source === 'built-in').map((a) => a.set.id)
    expect(builtIn).toContain('qd-4725')
    expect(store.get('qd-4725', '1.0.0')?.legalBasis.number).toBe('4725/QĐ-BGDĐT')
  })

  it('lists the built-in sets before loading any, and loads only the one asked for', async () => {
    const store = useCriteriaSetsStore()
    expect(store.listed.filter((l) => l.source === 'built-in').map((l) => `${l.head.id}@${l.head.version}`)).toContain('qd-4725@1.0.0')
    expect(store.all).toEqual([])
    expect(store.get('qd-4725', '1.0.0')).toBeUndefined()

    const set = await store.load('qd-4725', '1.0.0')
    expect(set?.legalBasis.number).toBe('4725/QĐ-BGDĐT')
    expect(store.all.map((a) => `${a.set.id}@${a.set.version}`)).toEqual(['qd-4725@1.0.0'])
    expect(store.get('qd-4725', '1.0.0')).toBe(set)
    expect(await store.load('no-such-set', '1.0.0')).toBeUndefined()
  })

  it("loads an assessment's set, and nothing for an assessment not on the device", async () => {
    await repos().assessments.put(assessmentOn('qd-4725', '1.0.0'))
    const store = useCriteriaSetsStore()
    expect((await store.loadForAssessment('a1'))?.id).toBe('qd-4725')
    expect(store.all.map((a) => `${a.set.id}@${a.set.version}`)).toEqual(['qd-4725@1.0.0'])
    expect(await store.loadForAssessment('no-such-assessment')).toBeUndefined()
  })

  it('lists a loaded set beside the built-in ones once read', async () => {
    await repos().criteriaSets.put({ key: 'tiny@1.0.0', setId: 'tiny', version: '1.0.0', fileName: 'tiny.json', text: JSON.stringify(tinySet()), loadedAt: '2025-09-01T00:00:00.000Z' })
    const store = useCriteriaSetsStore()
    await store.refreshLoaded()
    expect(store.listed.find((l) => l.head.id === 'tiny')).toMatchObject({ source: 'loaded', head: { title: tinySet().title } })
    expect(store.all.map((a) => a.set.id)).toEqual(['tiny'])
  })

  it('stores a valid file and lists it with its file name', async () => {
    const store = useCriteriaSetsStore()
    const r = await store.importFile(fileOf(tinySet(), 'tinh.json'))
    expect(r.ok).toBe(true)
    const entry = store.all.find((a) => a.set.id === 'tiny')
    expect(entry).toMatchObject({ source: 'loaded', fileName: 'tinh.json' })
    expect(entry?.loadedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/)
    expect(await repos().criteriaSets.list()).toHaveLength(1)

    // A fresh store (another screen, after a reload) reads it back from the database.
    setActivePinia(createPinia())
    const again = useCriteriaSetsStore()
    await again.refresh()
    expect(again.get('tiny', '1.0.0')?.title.vi).toBe('Bộ tiêu chí thử')
  })

  it.each([
    ['not JSON', '{ "format": ', ['not-json']],
    ['not a set', [1, 2, 3], ['not-an-object']],
    ['another format', { format: 'something-else' }, ['wrong-format']],
    [
      'several schema errors',
      broken((s) => {
        delete s.title
        s.version = 'v2'
        s.extra = true
      }),
      ['missing-field', 'invalid-value', 'unknown-field'],
    ],
    [
      'duplicate ids and too many points',
      broken((s) => {
        const item = s.groups[0]?.criteria[1]?.items[1]
        if (item) Object.assign(item, { id: 'A2.1', max: 65 })
      }),
      ['items-exceed-criterion', 'duplicate-id'],
    ],
  ])('refuses a bad file (%s) with its errors and stores nothing', async (_name, content, codes) => {
    const store = useCriteriaSetsStore()
    const r = await store.importFile(fileOf(content))
    expect(r.ok).toBe(false)
    expect(!r.ok && 'errors' in r ? r.errors.map((e) => e.code).sort() : []).toEqual([...codes].sort())
    expect(await repos().criteriaSets.list()).toEqual([])
    expect(store.all.every((a) => a.source === 'built-in')).toBe(true)
  })

  it('answers "exists" for a version already there, and keeps the first file', async () => {
    const store = useCriteriaSetsStore()
    await store.importFile(fileOf(tinySet(), 'first.json'))
    setActivePinia(createPinia()) // a store that has not read the list yet must still notice
    const fresh = useCriteriaSetsStore()
    const r = await fresh.importFile(fileOf(tinySet({ title: { vi: 'Khác' } }), 'second.json'))
    expect(r).toMatchObject({ ok: false, reason: 'exists', set: { title: tinySet().title } })
    const rows = await repos().criteriaSets.list()
    expect(rows.map((row) => row.fileName)).toEqual(['first.json'])
  })

  it('answers "exists" for a built-in set id and version', async () => {
    const store = useCriteriaSetsStore()
    const builtIn = await store.load('qd-4725', '1.0.0')
    const r = await store.importFile(fileOf(builtIn))
    expect(r).toMatchObject({ ok: false, reason: 'exists' })
    expect(await repos().criteriaSets.list()).toEqual([])
  })

  it('refuses to delete a set an assessment uses, and deletes it once unused', async () => {
    const store = useCriteriaSetsStore()
    await store.importFile(fileOf(tinySet()))
    await repos().assessments.put(assessmentOn('tiny', '1.0.0'))
    expect(await store.remove('tiny', '1.0.0')).toBe(false)
    expect(store.get('tiny', '1.0.0')).toBeDefined()

    await repos().assessments.remove('a1')
    expect(await store.remove('tiny', '1.0.0')).toBe(true)
    expect(store.get('tiny', '1.0.0')).toBeUndefined()
    expect(await repos().criteriaSets.list()).toEqual([])
  })

  it('never deletes a built-in set', async () => {
    const store = useCriteriaSetsStore()
    expect(await store.remove('qd-4725', '1.0.0')).toBe(false)
    expect(await store.load('qd-4725', '1.0.0')).toBeDefined()
  })
})

describe('a set written as an Excel spreadsheet', () => {
  const xlsx = async (set = tinySet({ id: 'phong-a' })) => {
    const { writeSetWorkbook } = await import('@/services/setWorkbook')
    return new File([await writeSetWorkbook(set)], 'bo-phong.xlsx')
  }

  it('is loaded like a JSON file and kept as the set’s JSON', async () => {
    const store = useCriteriaSetsStore()
    const r = await store.importFile(await xlsx())
    expect(r.ok).toBe(true)
    const rows = await repos().criteriaSets.list()
    expect(rows.map((row) => [row.fileName, JSON.parse(row.text).id])).toEqual([['bo-phong.xlsx', 'phong-a']])
    expect(store.get('phong-a', '1.0.0')).toStrictEqual(tinySet({ id: 'phong-a' }))
  })

  it('loads a set rated by levels written as a spreadsheet', async () => {
    const store = useCriteriaSetsStore()
    const r = await store.importFile(await xlsx(levelFixtureSet()))
    expect(r.ok).toBe(true)
    expect(store.get('kiem-dinh-thu', '1.0.0')).toStrictEqual(levelFixtureSet())
  })

  it('changes nothing when a level rule in the spreadsheet is wrong, and names the cell', async () => {
    const store = useCriteriaSetsStore()
    const set = levelFixtureSet()
    set.levelRule!.school.levels[0]!.when[1]!.min = 9
    const r = await store.importFile(await xlsx(set))
    expect(!r.ok && 'errors' in r && r.errors.map((e) => `${e.cell?.sheet} ${e.cell?.cell}`)).toContain('Quy tắc mức G7')
    expect(await repos().criteriaSets.list()).toEqual([])
  })

  it('changes nothing when the spreadsheet has a mistake, and names the cell', async () => {
    const store = useCriteriaSetsStore()
    const set = tinySet({ id: 'phong-a' })
    set.groups[1]!.criteria[1]!.items[1] = { ...set.groups[1]!.criteria[1]!.items[1]!, kind: 'points', max: 101, step: 1 } as never
    const r = await store.importFile(await xlsx(set))
    expect(!r.ok && 'errors' in r && r.errors.map((e) => e.cell?.cell)).toContain('D8')
    expect(await repos().criteriaSets.list()).toEqual([])
  })
})
