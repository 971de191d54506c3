// @vitest-environment node
// (fake-indexeddb stores Blobs only when they are Node's own.)
/**
 * Upgrades: a database written by each earlier schema version (a fixture under
 * tests/fixtures/db/v<n>/, made by that version's code) opens with today's ChisoDb with every record
 * intact; and another tab holding or wanting the database is handled, not fatal.
 *
 * When a schema version n+1 is added: run `node tests/fixtures/db/write-fixture.mjs` with the new code to
 * add `v<n+1>/database.json`, and if its `.upgrade()` moves data, say in UPGRADES how each older
 * fixture's rows must look afterwards.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ChisoDb, createRepositories, onDatabaseEvent, openDatabase, repos, StorageError, useDatabase, type DatabaseEvent } from '@/db'
import { META } from '@/domain'
import { dumpDatabase, encodeValue, writeDatabase, type DatabaseDump, type StoreDump } from '../../fixtures/db/idb'
import { writeSample } from '../../fixtures/db/make'

const FIXTURES = new URL('../../fixtures/db/', import.meta.url)
const CURRENT = new ChisoDb('schema-only').verno

const fixtureVersions = readdirSync(FIXTURES)
  .flatMap((d) => (/^v(\d+)$/.exec(d) ? [Number(d.slice(1))] : []))
  .sort((a, b) => a - b)
const fixture = (v: number) => JSON.parse(readFileSync(new URL(`v${v}/database.json`, FIXTURES), 'utf8')) as DatabaseDump

/**
 * How the rows of a fixture written by version `from` look once upgraded to the current version,
 * per table (encoded as in the fixture). Versions without data moves keep every row as it was.
 */
const UPGRADES: Record<number, (stores: StoreDump[]) => StoreDump[]> = {
  // Version 2 adds the review desk's tables, empty; the school's rows stay exactly as they were.
  1: (stores) => [...stores, ...fixture(2).stores.filter((s) => s.name.startsWith('desk')).map((s) => ({ ...s, rows: [] }))],
  // Version 3 shortens only set versions longer than the limit; the fixtures have none, so every row
  // stays as it was (tests/unit/db/setVersions.test.ts upgrades a device that has one).
}
const expectedAfterUpgrade = (from: number, stores: StoreDump[]) => (UPGRADES[from] ? UPGRADES[from](stores) : stores)

const byKey = (rows: unknown[]) => [...rows].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1))

const opened: ChisoDb[] = []
afterEach(() => {
  for (const db of opened.splice(0)) db.close()
})

describe('databases written by earlier versions', () => {
  it('has a fixture for every schema version up to the current one', () => {
    expect(fixtureVersions).toEqual(Array.from({ length: CURRENT }, (_, i) => i + 1))
  })

  it('the latest fixture has the schema the current version declares: same stores, keys and indexes', async () => {
    const name = `current-${crypto.randomUUID()}`
    const db = new ChisoDb(name)
    await db.open()
    await writeSample(db)
    db.close()
    const now = await dumpDatabase(name, '')
    const latest = fixture(CURRENT)
    expect(now.idbVersion).toBe(latest.idbVersion)
    const shape = (d: DatabaseDump) => d.stores.map((s) => ({ name: s.name, keyPath: s.keyPath, autoIncrement: s.autoIncrement, indexes: s.indexes }))
    expect(shape(now)).toEqual(shape(latest))
    // Rows are not compared: the sample may grow, a released fixture never changes.
  })

  it.each(fixtureVersions)('opens a database written by schema version %i with every record intact', async (v) => {
    const dump = fixture(v)
    expect(dump.idbVersion).toBe(v * 10)
    for (const s of dump.stores) expect(s.rows.length, `${s.name} has rows in the fixture`).toBeGreaterThan(0)
    const name = `upgrade-v${v}-${crypto.randomUUID()}`
    await writeDatabase(name, dump)

    const db = new ChisoDb(name)
    opened.push(db)
    await db.open()
    // Opened at exactly the declared version: the fixture's schema matched, nothing was patched.
    expect(db.backendDB().version).toBe(CURRENT * 10)
    const expected = expectedAfterUpgrade(v, dump.stores)
    expect(db.tables.map((t) => t.name).sort()).toEqual(expected.map((s) => s.name).sort())
    for (const s of expected) {
      const rows = await encodeValue(await db.table(s.name).toArray())
      expect(byKey(rows as unknown[]), s.name).toEqual(byKey(s.rows))
    }

    // Reachable through the app's own reads and indexes, photos included.
    useDatabase(db)
    const answers = (expected.find((s) => s.name === 'answers')?.rows ?? []) as { assessmentId: string }[]
    for (const id of new Set(answers.map((a) => a.assessmentId)))
      expect((await repos().answers.list(id)).length).toBe(answers.filter((a) => a.assessmentId === id).length)
    const evidence = (expected.find((s) => s.name === 'evidence')?.rows ?? []) as { id: string; itemIds: string[]; file?: { id: string } }[]
    for (const e of evidence) {
      expect(await db.evidence.where('itemIds').equals(e.itemIds[0] ?? '').primaryKeys()).toContain(e.id)
      if (e.file) {
        const stored = await repos().evidence.file(e.file.id)
        const original = (expected.find((s) => s.name === 'evidenceFiles')?.rows ?? []).find((f) => (f as { id: string }).id === e.file?.id)
        expect(await encodeValue(stored)).toEqual(original)
        expect(stored?.blob).toBeInstanceOf(Blob)
      }
    }
    const snapshot = await createRepositories(db).exchange.snapshot()
    expect(snapshot.files.length).toBe(expected.find((s) => s.name === 'evidenceFiles')?.rows.length)
  })
})

const rawOpen = (name: string, version: number) =>
  new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(name, version)
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error ?? new Error('open failed'))
  })

describe('another tab and the database', () => {
  const seen: DatabaseEvent[] = []
  let stop = () => {}
  beforeEach(() => {
    seen.length = 0
    stop = onDatabaseEvent((e) => seen.push(e))
  })
  afterEach(() => stop())

  it('lets a newer version in another tab upgrade: this tab closes the database for good and says so', async () => {
    const name = `tabs-${crypto.randomUUID()}`
    const db = new ChisoDb(name)
    opened.push(db)
    useDatabase(db)
    expect(await openDatabase()).toBeNull()
    await repos().meta.set(META.persistAsked, true)

    // The other tab runs a newer app: its upgrade goes through because this tab lets go.
    const newer = await rawOpen(name, CURRENT * 10 + 10)
    newer.close()
    expect(seen).toContain('versionchange')
    expect(db.isOpen()).toBe(false)
    // Not silently reopened with the old schema: every read now fails as a storage error.
    await expect(repos().meta.get(META.persistAsked)).rejects.toBeInstanceOf(StorageError)
  })

  it('waits, saying it is blocked, while an old tab holds the database, and goes on once it closes', async () => {
    const name = `blocked-${crypto.randomUUID()}`
    // The old tab: the current version, open, and not letting go when asked.
    await writeDatabase(name, fixture(CURRENT))
    const old = await rawOpen(name, CURRENT * 10)
    old.onversionchange = () => undefined

    class NextVersion extends ChisoDb {
      constructor(n: string) {
        super(n)
        this.version(CURRENT + 1).stores({})
      }
    }
    const db = new NextVersion(name)
    opened.push(db)
    useDatabase(db)
    const opening = openDatabase()
    await expect.poll(() => seen.includes('blocked')).toBe(true)
    old.close()
    expect(await opening).toBeNull()
    expect(seen).toContain('ready')
    expect(db.backendDB().version).toBe((CURRENT + 1) * 10)
  })
})
