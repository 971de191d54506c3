// @vitest-environment node
// (fake-indexeddb stores Blobs only when they are Node's own.)
import { mkdir, writeFile } from 'node:fs/promises'
import { createPinia, setActivePinia } from 'pinia'
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { ChisoDb, useDatabase } from '@/db'
import { importSnapshot } from '@/db/transfer'
import { useTransferStore } from '@/stores/transfer'
import { CASES, generateBadInputs, KNOWN_CODES, type BadInputCase } from '../../../fixtures/bad-input/generate'
import { blobOf, sampleData, sampleFiles } from '../../domain/packages/sample'
import { counts, dbState } from './dbState'

const SCRIPT = '<script>alert("chiso")</script><img src=x onerror="alert(1)">'

let files: Map<string, Uint8Array>
let db: ChisoDb

beforeAll(async () => {
  files = await generateBadInputs()
  if (process.env.CHISO_WRITE_BAD_INPUT) {
    const dir = new URL('../../../fixtures/bad-input/files/', import.meta.url)
    await mkdir(dir, { recursive: true })
    for (const [name, bytes] of files) await writeFile(new URL(name, dir), bytes)
  }
})

beforeEach(async () => {
  db = new ChisoDb(`test-${crypto.randomUUID()}`)
  useDatabase(db)
  setActivePinia(createPinia())
  await importSnapshot(db, sampleData(), sampleFiles(), 'replace')
})

function runImport(c: BadInputCase, file: Blob) {
  const store = useTransferStore()
  if (c.importAs === 'restore') return store.restore(file, 'replace')
  if (c.importAs === 'assignment') return store.importAssignment(file)
  return store.previewContribution(file)
}

describe('catalogue of bad input (tests/fixtures/bad-input/cases.json)', () => {
  it('has a file for every case and a case for every file', () => {
    expect([...files.keys()].sort()).toEqual(CASES.map((c) => c.file).sort())
    expect(CASES.length).toBeGreaterThanOrEqual(30)
    for (const c of CASES) if (c.expected !== 'accepted') expect(KNOWN_CODES).toContain(c.expected)
  })

  it('keeps the generated files small', () => {
    for (const [name, bytes] of files) expect(bytes.length, name).toBeLessThan(600_000)
  })

  it.each(CASES.filter((c) => c.expected !== 'accepted'))('$file → $expected, nothing written ($about)', async (c) => {
    const before = await dbState(db)
    const r = await runImport(c, blobOf(files.get(c.file) as Uint8Array, 'application/zip'))
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.errors[0]?.code, JSON.stringify(r.errors[0])).toBe(c.expected)
    for (const e of r.errors) {
      expect(KNOWN_CODES).toContain(e.code)
      expect(e.detail.length).toBeGreaterThan(5)
    }
    const after = await dbState(db)
    expect(counts(after)).toEqual(counts(before))
    expect(after).toEqual(before)
  })

  it('markup-in-every-text.zip is restored with every text exactly as written', async () => {
    const r = await useTransferStore().restore(blobOf(files.get('markup-in-every-text.zip') as Uint8Array), 'replace')
    expect(r.ok).toBe(true)
    const s = await dbState(db)
    expect(s.members.find((m) => m.id === 'm1')?.name).toBe(SCRIPT)
    expect(s.schools[0]?.name).toBe(SCRIPT)
    expect(s.answers.find((a) => a.itemId === '2.1')?.value).toBe(SCRIPT)
    expect(s.evidence.find((e) => e.id === 'e4')?.paper?.issuer).toBe(SCRIPT)
    expect(s.assessments.find((a) => a.id === 'a1')?.record.proposals).toBe('"><svg onload=alert(1)>')
  })

  it('contribution-script-member-name.zip is previewed with the name as literal text, nothing written', async () => {
    const before = await dbState(db)
    const r = await useTransferStore().previewContribution(blobOf(files.get('contribution-script-member-name.zip') as Uint8Array))
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.value.plan.memberName).toBe(SCRIPT)
    expect(r.value.plan.newEvidence[0]?.addedBy).toBe(SCRIPT)
    expect(await dbState(db)).toEqual(before)
  })
})
