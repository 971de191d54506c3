// @vitest-environment node
// (fake-indexeddb stores Blobs only when they are Node's own.)
/**
 * Round trip as a property: any state the screens let a user reach — any text in any field up to
 * the limits the screens enforce, links as the app stores them, ids that name JavaScript's own
 * properties — backs up and restores equal to the original, and the made file is one the reader
 * accepts; an assignment made from it is accepted too and carries the assigned rows unchanged.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ChisoDb, useDatabase } from '@/db'
import { RECORD_FIELD_LIMITS, TEXT_LIMITS, type ExchangeData } from '@/domain'
import { buildAssignment, buildBackup, readExchangeFile, verifyExchangeFile } from '@/services/exchange'
import { answer, member, sampleData, sampleFiles, T2 } from '../domain/exchange/sample'

const HEAD = { appVersion: '0.1.0', createdAt: T2, packageId: 'prop' }
/** Text as people type and paste it: any Unicode, repetitive runs included. */
const anyText = (max: number) =>
  fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: Math.min(max, 200) }),
    fc.tuple(fc.string({ minLength: 1, maxLength: 8 }), fc.nat({ max })).map(([s, n]) => s.repeat(Math.ceil(n / s.length)).slice(0, max)),
    fc.constant('.'.repeat(max)),
  )
/** Item ids that are also the names of Object.prototype's properties. */
const trickyItemId = fc.constantFrom('constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', '1.1', 'A2.1')

const state = fc.record({
  notes: fc.array(fc.tuple(trickyItemId, anyText(TEXT_LIMITS.note)), { maxLength: 6 }),
  infoText: anyText(TEXT_LIMITS.answerText),
  schoolName: anyText(TEXT_LIMITS.name),
  link: fc.webUrl({ withQueryParameters: true, withFragments: true }).map((u) => new URL(u).href).filter((h) => h.length <= TEXT_LIMITS.url),
  conclusion: anyText(RECORD_FIELD_LIMITS.conclusion),
})

type State = { notes: [string, string][]; infoText: string; schoolName: string; link: string; conclusion: string }

function reach(s: State): ExchangeData {
  const d = structuredClone(sampleData())
  const seen = new Set(d.answers.filter((a) => a.assessmentId === 'a1').map((a) => a.itemId))
  for (const [itemId, note] of s.notes) {
    if (seen.has(itemId)) continue
    seen.add(itemId)
    d.answers.push(answer(itemId, null, { note }))
  }
  if (!seen.has('info-row')) d.answers.push(answer('info-row', s.infoText))
  d.schools[0]!.name = s.schoolName
  d.evidence.find((e) => e.kind === 'link')!.url = s.link
  d.assessments[1]!.record = { ...d.assessments[1]!.record, conclusion: s.conclusion }
  return d
}

describe('backup round trip (property)', () => {
  it('every reachable state backs up into a file the reader accepts, equal to the original', async () => {
    await fc.assert(
      fc.asyncProperty(state, async (s) => {
        const data = reach(s)
        const made = await buildBackup(data, sampleFiles(), HEAD)
        expect(made.ok, JSON.stringify(!made.ok && made.errors.slice(0, 2))).toBe(true)
        if (!made.ok) return
        expect((await verifyExchangeFile(made.blob, 'chiso.backup')).ok).toBe(true)
        const back = await readExchangeFile(made.blob, 'chiso.backup')
        expect(back.ok).toBe(true)
        if (back.ok) expect(back.data).toEqual(data)
      }),
      { numRuns: 40 },
    )
  })

  it('restores into an empty device and backs up again to the same data (ids like constructor included)', async () => {
    await fc.assert(
      fc.asyncProperty(state, async (s) => {
        const data = reach(s)
        const repos = useDatabase(new ChisoDb(`test-${crypto.randomUUID()}`))
        await repos.exchange.restore(data, sampleFiles(), 'replace')
        const { files, ...again } = await repos.exchange.snapshot()
        const sortAll = (d: ExchangeData) =>
          Object.fromEntries(Object.entries(d).map(([k, v]) => [k, Array.isArray(v) ? [...v].map((x) => JSON.stringify(x)).sort() : v]))
        expect(sortAll(again)).toEqual(sortAll(data))
        expect(files.map((f) => f.id).sort()).toEqual(sampleFiles().map((f) => f.id).sort())
      }),
      { numRuns: 15 },
    )
  })
})

describe('assignment round trip (property)', () => {
  it('an assignment made from any reachable state is a file the reader accepts, carrying the assigned rows as they are', async () => {
    await fc.assert(
      fc.asyncProperty(state, async (s) => {
        const data = reach(s)
        const a = data.assessments.find((x) => x.id === 'a1' && x.status === 'draft')!
        const rows = data.answers.filter((r) => r.assessmentId === a.id)
        const itemIds = rows.map((r) => r.itemId)
        const made = await buildAssignment({ school: data.schools[0]!, assessment: a, member: { ...member(), assessmentId: a.id, itemIds }, answers: rows }, HEAD)
        expect(made.ok, JSON.stringify(!made.ok && made.errors.slice(0, 2))).toBe(true)
        if (!made.ok) return
        expect((await verifyExchangeFile(made.blob, 'chiso.assignment')).ok).toBe(true)
        const back = await readExchangeFile(made.blob, 'chiso.assignment')
        expect(back.ok, JSON.stringify(!back.ok && back.errors.slice(0, 2))).toBe(true)
        if (!back.ok) return
        const content = (r: { itemId: string; value: unknown; note: string }) => [r.itemId, r.value, r.note]
        expect(back.data.answers.map(content).sort()).toEqual(rows.map(content).sort())
        expect(back.data.schools[0]?.name).toBe(s.schoolName)
      }),
      { numRuns: 25 },
    )
  })
})
