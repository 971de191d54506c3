// @vitest-environment node
// (fake-indexeddb stores Blobs only when they are Node's own.)
import { readFileSync } from 'node:fs'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, describe, expect, it } from 'vitest'
import { ChisoDb, useDatabase } from '@/db'
import { parseCriteriaSet, SET_VERSION_MAX_LENGTH, SET_VERSION_PATTERN, shortenedSetVersion } from '@/domain'
import { useAssessmentStore } from '@/stores/assessment'
import { useExchangeStore } from '@/stores/exchange'
import { writeDatabase, type DatabaseDump } from '../../fixtures/db/idb'

const LONG = `1.0.0-${'rc.'.repeat(100)}1`
const V2 = JSON.parse(readFileSync(new URL('../../fixtures/db/v2/database.json', import.meta.url), 'utf8')) as DatabaseDump

/** A device at schema version 2 that loaded a set whose version is longer than the limit, and used it. */
function deviceWithLongVersion(): DatabaseDump {
  const dump = structuredClone(V2)
  const store = (name: string) => dump.stores.find((s) => s.name === name)!.rows as Record<string, unknown>[]
  const set = store('criteriaSets')[0] as { text: string; setId: string }
  const text = JSON.stringify({ ...(JSON.parse(set.text) as object), version: LONG })
  store('criteriaSets').push({ ...set, key: `${set.setId}@${LONG}`, version: LONG, text })
  const a = store('assessments').find((r) => r.id === 'a1')!
  store('assessments').push({ ...a, id: 'a9', setId: set.setId, version: LONG, status: 'draft' })
  store('deskCampaigns').push({ ...store('deskCampaigns')[0], id: 'c9', setId: set.setId, version: LONG })
  const received = store('meta').find((r) => String(r.key).startsWith('transfer.assignment:')) as { value: { assignment: object } }
  store('meta').push({ key: 'transfer.assignment:a9', value: { ...received.value, assignment: { ...received.value.assignment, assessmentId: 'a9', setId: set.setId, version: LONG } } })
  return dump
}

const opened: ChisoDb[] = []
afterEach(() => {
  for (const db of opened.splice(0)) db.close()
})

describe('criteria-set versions longer than the limit, stored before there was one', () => {
  it.each([
    ['a short version stays as it is', '1.0.0-rc.1'],
    ['a long tag', LONG],
    ['a long tag of one word', `2.1.0-${'a'.repeat(300)}`],
    ['long numbers', `${'9'.repeat(70)}.0.0`],
  ])('%s: the short form is a valid version within the limit', (_, version) => {
    const short = shortenedSetVersion(version)
    expect(short.length).toBeLessThanOrEqual(SET_VERSION_MAX_LENGTH)
    expect(short).toMatch(SET_VERSION_PATTERN)
    if (version.length <= SET_VERSION_MAX_LENGTH) expect(short).toBe(version)
    else expect(short).not.toBe(version)
  })

  it('two long versions that share their start stay apart', () => {
    expect(shortenedSetVersion(`${LONG}.a`)).not.toBe(shortenedSetVersion(`${LONG}.b`))
    expect(shortenedSetVersion(`${LONG}.a`)).toBe(shortenedSetVersion(`${LONG}.a`))
  })

  it('the upgrade renames it wherever it is named; the assessment opens and a backup can be made', async () => {
    const name = `long-version-${crypto.randomUUID()}`
    await writeDatabase(name, deviceWithLongVersion())
    const db = new ChisoDb(name)
    opened.push(db)
    await db.open()
    const short = shortenedSetVersion(LONG)

    const sets = await db.criteriaSets.toArray()
    const renamed = sets.find((s) => s.version === short)
    expect(sets.some((s) => s.version.length > SET_VERSION_MAX_LENGTH)).toBe(false)
    expect(renamed?.key).toBe(`${renamed?.setId}@${short}`)
    const parsed = parseCriteriaSet(renamed!.text)
    expect(parsed.ok && parsed.value.version).toBe(short)
    expect((await db.assessments.get('a9'))?.version).toBe(short)
    expect((await db.deskCampaigns.get('c9'))?.version).toBe(short)
    expect(((await db.meta.get('transfer.assignment:a9'))?.value as { assignment: { version: string } }).assignment.version).toBe(short)
    // Rows that named short versions are as they were.
    expect((await db.assessments.get('a1'))?.version).toBe(V2.stores.find((s) => s.name === 'assessments')!.rows.map((r) => r as { id: string; version: string }).find((r) => r.id === 'a1')?.version)

    useDatabase(db)
    setActivePinia(createPinia())
    const store = useAssessmentStore()
    await store.open('a9')
    expect(store.state).toBe('ready')
    const made = await useExchangeStore().makeBackup()
    expect(made.ok, JSON.stringify(!made.ok && made.errors)).toBe(true)
  })
})
