/**
 * The heavy whole-device writes behind `repos().exchange` (loaded when first used). Each write is
 * one Dexie transaction over every table it touches: it happens whole, or — on any failure, a full
 * disk included — changes nothing.
 */
import {
  landsOn,
  META_FAMILY,
  sameContent,
  uniqueEvidenceCode,
  type Answer,
  type ContributionRefusal,
  type Evidence,
  type ImportMode,
  type ImportReport,
  type KeptRow,
  type ExchangeData,
  type ReceivedAssignment,
  type ResolvedContribution,
  type Snapshot,
} from '@/domain'
import type { ChisoDb } from './database'
import { guarded } from './errors'
import { keptDecisions } from './exchange'
import type { DbEvidenceFile } from './interfaces'
import { familyRow, readAllOf, readFamily } from './meta'

export function exportSnapshot(db: ChisoDb): Promise<Snapshot<Blob>> {
  return guarded(() =>
    db.transaction(
      'r',
      [db.schools, db.assessments, db.answers, db.members, db.evidence, db.evidenceFiles, db.criteriaSets, db.meta],
      async () => ({
        schools: await db.schools.toArray(),
        assessments: await db.assessments.toArray(),
        answers: await db.answers.toArray(),
        members: await db.members.toArray(),
        evidence: await db.evidence.toArray(),
        criteriaSets: await db.criteriaSets.toArray(),
        assignments: await readAllOf(db, META_FAMILY.receivedAssignment),
        files: await db.evidenceFiles.toArray(),
      }),
    ),
  )
}

const TABLES = ['schools', 'assessments', 'answers', 'members', 'evidence', 'criteriaSets', 'assignments'] as const

/**
 * Writes a checked package's rows and files.
 * - `replace`: the device's schools, assessments and everything in them, files, loaded criteria
 *   sets and received assignments are replaced by the file's; settings stay.
 * - `merge`: rows the device lacks are added; rows on both sides are kept as the device has them
 *   (listed in the report when they differ); evidence codes already used are renumbered.
 */
export function importSnapshot(
  db: ChisoDb,
  data: ExchangeData,
  files: readonly DbEvidenceFile[],
  mode: ImportMode,
): Promise<ImportReport> {
  const report: ImportReport = {
    mode,
    added: { schools: 0, assessments: 0, answers: 0, members: 0, evidence: 0, criteriaSets: 0, assignments: 0, files: 0 },
    unchanged: 0,
    kept: [],
    renumbered: [],
  }
  const assignments = (data.assignments ?? []).map((a) => familyRow(META_FAMILY.receivedAssignment, a.assignment.assessmentId, a))
  return guarded(() =>
    db.transaction(
      'rw',
      [db.schools, db.assessments, db.answers, db.members, db.evidence, db.evidenceFiles, db.criteriaSets, db.meta],
      async () => {
        if (mode === 'replace') {
          await Promise.all([
            db.schools.clear(),
            db.assessments.clear(),
            db.answers.clear(),
            db.members.clear(),
            db.evidence.clear(),
            db.evidenceFiles.clear(),
            db.criteriaSets.clear(),
            db.meta.where('key').startsWith(META_FAMILY.receivedAssignment).delete(),
            // Decisions about rows that are being replaced: they no longer apply.
            db.meta.where('key').startsWith(META_FAMILY.keptDecisions).delete(),
          ])
          await db.schools.bulkAdd(data.schools)
          await db.assessments.bulkAdd(data.assessments)
          await db.answers.bulkAdd(data.answers)
          await db.members.bulkAdd(data.members)
          await db.evidence.bulkAdd(data.evidence)
          await db.evidenceFiles.bulkAdd([...files])
          await db.criteriaSets.bulkAdd(data.criteriaSets)
          await db.meta.bulkAdd(assignments)
          for (const t of TABLES) report.added[t] = t === 'assignments' ? assignments.length : data[t].length
          report.added.files = files.length
          return report
        }

        const mergeTable = async <T>(
          table: KeptRow['table'],
          rows: readonly T[],
          keyOf: (r: T) => string,
          existing: (T | undefined)[],
          write: (rows: T[]) => Promise<unknown>,
        ) => {
          const fresh: T[] = []
          rows.forEach((r, i) => {
            const had = existing[i]
            if (had === undefined) fresh.push(r)
            else if (sameRow(had, r)) report.unchanged++
            else report.kept.push({ table, key: keyOf(r) })
          })
          await write(fresh)
          report.added[table] = fresh.length
          return fresh
        }

        await mergeTable('schools', data.schools, (r) => r.id, await db.schools.bulkGet(data.schools.map((r) => r.id)), (r) => db.schools.bulkAdd(r))
        await mergeTable('assessments', data.assessments, (r) => r.id, await db.assessments.bulkGet(data.assessments.map((r) => r.id)), (r) => db.assessments.bulkAdd(r))
        await mergeTable(
          'answers',
          data.answers,
          (r) => `${r.assessmentId}/${r.itemId}`,
          await db.answers.bulkGet(data.answers.map((r) => [r.assessmentId, r.itemId] as [string, string])),
          (r) => db.answers.bulkAdd(r),
        )
        await mergeTable('members', data.members, (r) => r.id, await db.members.bulkGet(data.members.map((r) => r.id)), (r) => db.members.bulkAdd(r))
        await mergeTable(
          'evidence',
          data.evidence,
          (r) => r.id,
          await db.evidence.bulkGet(data.evidence.map((r) => r.id)),
          async (fresh) => {
            const codes = new Map<string, string[]>()
            const taken = async (assessmentId: string) => {
              let list = codes.get(assessmentId)
              if (!list) {
                list = (await db.evidence.where('assessmentId').equals(assessmentId).toArray()).map((e) => e.code)
                codes.set(assessmentId, list)
              }
              return list
            }
            const rows: Evidence[] = []
            for (const e of fresh) {
              const list = await taken(e.assessmentId)
              const code = uniqueEvidenceCode(e.code, list)
              if (code !== e.code) report.renumbered.push({ evidenceId: e.id, from: e.code, to: code })
              list.push(code)
              rows.push(code === e.code ? e : { ...e, code })
            }
            await db.evidence.bulkAdd(rows)
          },
        )
        await mergeTable('criteriaSets', data.criteriaSets, (r) => r.key, await db.criteriaSets.bulkGet(data.criteriaSets.map((r) => r.key)), (r) => db.criteriaSets.bulkAdd(r))
        const hadAssignments = await db.meta.bulkGet(assignments.map((a) => a.key))
        await mergeTable('assignments', assignments, (r) => r.key, hadAssignments.map((m) => (m ? { key: m.key, value: m.value } : undefined)), (r) => db.meta.bulkAdd(r))

        const present = new Set(await db.evidenceFiles.where('id').anyOf(files.map((f) => f.id)).primaryKeys())
        const newFiles = files.filter((f) => !present.has(f.id))
        await db.evidenceFiles.bulkAdd([...newFiles])
        report.added.files = newFiles.length
        return report
      },
    ),
  )
}

/** Deep equality of plain stored rows (JSON data; Blobs are not in these rows). */
function sameRow(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined)
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined)
  if (ka.length !== kb.length) return false
  return ka.every((k) => sameRow((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
}

/**
 * Writes a resolved contribution in one transaction: its rows, its evidence and their files, the
 * note that this package was imported (kept from its first import) and the principal's "keep mine"
 * decisions. Refuses, writing nothing, when the assessment is no longer a draft or a row changed
 * since the plan was made.
 */
export function applyContribution(
  db: ChisoDb,
  resolved: ResolvedContribution,
  files: readonly DbEvidenceFile[],
  imported: { packageId: string; importedAt: string },
): Promise<ContributionRefusal | null> {
  return guarded(() =>
    db.transaction('rw', [db.assessments, db.answers, db.evidence, db.evidenceFiles, db.meta], async (): Promise<ContributionRefusal | null> => {
      const a = await db.assessments.get(resolved.assessmentId)
      if (!a || a.status !== 'draft') return { reason: 'assessment' }
      const now = await db.answers.bulkGet(resolved.answers.map((r) => [resolved.assessmentId, r.itemId] as [string, string]))
      const changed = resolved.answers
        .filter((r, i) => !landsOn(now[i], resolved.expected[r.itemId] ?? null))
        .map((r) => r.itemId)
      if (changed.length) return { reason: 'rows', itemIds: changed }
      await db.answers.bulkPut(resolved.answers)
      // Codes were made unique when the plan was made; evidence added since then is checked too.
      const existing = await db.evidence.where('assessmentId').equals(resolved.assessmentId).toArray()
      const presentEvidence = new Set(await db.evidence.where('id').anyOf(resolved.evidence.map((e) => e.id)).primaryKeys())
      const codes = existing.map((e) => e.code)
      const rows: Evidence[] = []
      for (const e of resolved.evidence) {
        if (presentEvidence.has(e.id)) continue
        const code = uniqueEvidenceCode(e.code, codes)
        codes.push(code)
        rows.push(code === e.code ? e : { ...e, code })
      }
      await db.evidence.bulkAdd(rows)
      // A copy of a file the device keeps was not added: its evidence proves the copy's rows too.
      for (const l of resolved.linked) {
        const e = existing.find((x) => x.id === l.evidenceId)
        const more = e ? l.itemIds.filter((id) => !e.itemIds.includes(id)) : []
        if (e && more.length) await db.evidence.put({ ...e, itemIds: [...e.itemIds, ...more], updatedAt: imported.importedAt })
      }
      const wanted = new Set(resolved.fileIds)
      const presentFiles = new Set(await db.evidenceFiles.where('id').anyOf(resolved.fileIds).primaryKeys())
      await db.evidenceFiles.bulkAdd(files.filter((f) => wanted.has(f.id) && !presentFiles.has(f.id)))
      // The first import is the one remembered.
      if ((await readFamily(db, META_FAMILY.contributionImported, imported.packageId)) === undefined)
        await db.meta.add(familyRow(META_FAMILY.contributionImported, imported.packageId, imported.importedAt))
      // "Keep mine" decisions, so the same content is not asked about again.
      if (resolved.keptDecisions.length) {
        const all = new Set([...(await keptDecisions(db, resolved.assessmentId)), ...resolved.keptDecisions])
        await db.meta.put(familyRow(META_FAMILY.keptDecisions, resolved.assessmentId, [...all]))
      }
      return null
    }),
  )
}

/**
 * Stores an assignment on a member's device: the school, the assessment, the member, the
 * criteria set if it came along, and the baseline rows — except rows the member already changed
 * since an earlier assignment, which stay as the member left them.
 */
export function storeAssignment(db: ChisoDb, data: ExchangeData, received: ReceivedAssignment): Promise<{ rowsKept: number }> {
  return guarded(() =>
    db.transaction('rw', [db.schools, db.assessments, db.answers, db.members, db.criteriaSets, db.meta], async () => {
      const h = received.assignment
      const earlier = await readFamily(db, META_FAMILY.receivedAssignment, h.assessmentId)
      const oldBaseline = new Map((earlier?.assignment.baseline ?? []).map((b) => [b.itemId, b]))
      await db.schools.bulkPut(data.schools)
      await db.assessments.bulkPut(data.assessments)
      await db.members.bulkPut(data.members)
      for (const c of data.criteriaSets) if (!(await db.criteriaSets.get(c.key))) await db.criteriaSets.add(c)
      const mine = new Map((await db.answers.where('assessmentId').equals(h.assessmentId).toArray()).map((a) => [a.itemId, a]))
      const incoming = new Map(data.answers.map((a) => [a.itemId, a]))
      const toWrite: Answer[] = []
      const toDelete: [string, string][] = []
      let rowsKept = 0
      for (const b of h.baseline) {
        const current = mine.get(b.itemId)
        const untouched = !current || sameContent(current, oldBaseline.get(b.itemId) ?? null)
        if (!untouched) {
          rowsKept++
          continue
        }
        const row = incoming.get(b.itemId)
        if (row) toWrite.push(row)
        else if (current) toDelete.push([h.assessmentId, b.itemId])
      }
      await db.answers.bulkPut(toWrite)
      await db.answers.bulkDelete(toDelete)
      await db.meta.put(familyRow(META_FAMILY.receivedAssignment, h.assessmentId, received))
      return { rowsKept }
    }),
  )
}

