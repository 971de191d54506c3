// @vitest-environment node
// (fake-indexeddb stores Blobs only when they are Node's own.)
import { beforeEach, describe, expect, it } from 'vitest'
import { ChisoDb, createRepositories, StorageError, type ExchangeRepository } from '@/db'
import { applyResolution, makeBaseline, META_FAMILY, planContribution, type ExchangeData, type ReceivedAssignment } from '@/domain'
import { buildBackup, carriedFiles, readExchangeFile } from '@/services/exchange/zip'
import {
  answer,
  assessment,
  blobOf,
  contributionData,
  header,
  jpegLike,
  member,
  photo,
  sampleData,
  sampleFiles,
  school,
  T0,
  T2,
} from '../domain/exchange/sample'
import { counts, dbState } from '../services/exchange/dbState'

let db: ChisoDb
/** The exchange repository over `db`. */
let ex: ExchangeRepository
const fresh = () => new ChisoDb(`test-${crypto.randomUUID()}`)

const received = (over: Partial<ReceivedAssignment> = {}): ReceivedAssignment => ({ packageId: 'pkg-a', importedAt: T0, assignment: header(), ...over })

beforeEach(() => {
  db = fresh()
  ex = createRepositories(db).exchange
})

describe('snapshot', () => {
  it('is empty on an empty device', async () => {
    expect(await ex.snapshot()).toEqual({ schools: [], assessments: [], answers: [], members: [], evidence: [], criteriaSets: [], assignments: [], files: [] })
  })
})

describe('backup round trip: snapshot → zip → read → import into an empty device', () => {
  it('reproduces every row and every file byte for byte', async () => {
    const data = { ...sampleData(), assignments: [received({ assignment: header({ assessmentId: 'a0', revision: 1 }) })] }
    await ex.restore(data, sampleFiles(), 'replace')
    const before = await dbState(db)
    expect(counts(before)).toMatchObject({ schools: 1, assessments: 2, answers: 5, members: 2, evidence: 5, criteriaSets: 1, assignments: 1, files: 2 })

    const { files, ...rows } = await ex.snapshot()
    const made = await buildBackup(rows, files, { appVersion: '0.1.0', createdAt: T2, packageId: 'rt' })
    if (!made.ok) throw new Error(JSON.stringify(made.errors))
    const read = await readExchangeFile(made.blob, 'chiso.backup')
    if (!read.ok) throw new Error(JSON.stringify(read.errors))

    const other = fresh()
    await createRepositories(other).exchange.restore(read.data, carriedFiles(read.data, read.files), 'replace')
    expect(await dbState(other)).toEqual(before)
  })
})

describe('restore', () => {
  it('replace: the device holds exactly the file afterwards, settings stay', async () => {
    await db.schools.put(school({ id: 's-old', name: 'Trường cũ' }))
    await db.meta.bulkPut([
      { key: 'settings.locale', value: 'en' },
      { key: 'transfer.lastBackupAt', value: T0 },
      { key: META_FAMILY.receivedAssignment + 'old', value: received() },
      // "Keep mine" decisions about rows the backup replaces no longer apply.
      { key: 'transfer.kept:a1', value: ['["m1","1.1",[6,"",null,null],[8,"",null,null]]'] },
    ])
    const report = await ex.restore(sampleData(), sampleFiles(), 'replace')
    const s = await dbState(db)
    expect(s.schools.map((x) => x.id)).toEqual(['s1'])
    expect(s.assignments).toEqual([])
    expect(s.meta).toEqual([
      { key: 'settings.locale', value: 'en' },
      { key: 'transfer.lastBackupAt', value: T0 },
    ])
    expect(report.added).toEqual({ schools: 1, assessments: 2, answers: 5, members: 2, evidence: 5, criteriaSets: 1, assignments: 0, files: 2 })
  })

  it('merge: adds what is missing, keeps the device’s rows, renumbers clashing codes; twice changes nothing', async () => {
    await ex.restore({
        schools: [school({ headName: 'Hiệu trưởng mới' })],
        assessments: [assessment({ revision: 2, amends: 'a0', createdAt: T0, updatedAt: T2 })],
        answers: [answer('1.1', false)],
        members: [],
        evidence: [photo({ id: 'e-own', code: 'MC1.3.01', file: undefined, kind: 'link', url: 'https://x.vn' })],
        criteriaSets: [],
      },
      [],
      'replace',
    )
    const report = await ex.restore(sampleData(), sampleFiles(), 'merge')
    expect(report.kept).toEqual([
      { table: 'schools', key: 's1' },
      { table: 'assessments', key: 'a1' },
      { table: 'answers', key: 'a1/1.1' },
    ])
    expect(report.renumbered).toEqual([{ evidenceId: 'e1', from: 'MC1.3.01', to: 'MC1.3.02' }])
    expect(report.added).toMatchObject({ assessments: 1, answers: 4, members: 2, evidence: 5, files: 2 })
    const s = await dbState(db)
    expect(s.schools[0]?.headName).toBe('Hiệu trưởng mới')
    expect(s.answers.find((a) => a.assessmentId === 'a1' && a.itemId === '1.1')?.value).toBe(false)
    expect(s.evidence).toHaveLength(6)

    const again = await ex.restore(sampleData(), sampleFiles(), 'merge')
    expect(Object.values(again.added).every((n) => n === 0)).toBe(true)
    expect(await dbState(db)).toEqual(s)
  })

  it('is all or nothing: a failing row rolls back everything, the clearing included', async () => {
    await ex.restore(sampleData(), sampleFiles(), 'replace')
    const before = await dbState(db)
    const broken: ExchangeData = { ...sampleData(), schools: [school({ id: 's2' })], answers: [answer('9', 1), answer('9', 2)] }
    await expect(ex.restore(broken, [], 'replace')).rejects.toBeInstanceOf(StorageError)
    expect(await dbState(db)).toEqual(before)
  })
})

describe('applyContribution', () => {
  async function planned() {
    await ex.restore(sampleData(), sampleFiles(), 'replace')
    const data = contributionData()
    const current = await db.answers.where('assessmentId').equals('a1').toArray()
    const plan = planContribution({
      // Assigned when the principal's rows were as they are now.
      header: header({ baseline: makeBaseline(['1.1', '1.3.1'], current) }),
      contribution: { answers: data.answers, evidence: data.evidence },
      current: { answers: current, evidence: await db.evidence.where('assessmentId').equals('a1').toArray() },
      storedFileIds: new Set(['f1', 'f2']),
    })
    return applyResolution(plan, {})
  }
  const files = [{ id: 'f9', blob: blobOf(jpegLike(2000, 11), 'image/jpeg') }]

  it('writes the rows, the evidence with its file, and notes the package as imported', async () => {
    const resolved = await planned()
    expect(resolved.answers.map((a) => a.itemId)).toEqual(['1.3.1'])
    expect(await ex.applyContribution(resolved, files, { packageId: 'pkg-c', importedAt: T2 })).toBeNull()
    expect(await db.answers.get(['a1', '1.3.1'])).toMatchObject({ value: 6, by: 'm1', note: 'Đã chụp ảnh phòng máy' })
    expect(await db.evidence.get('e9')).toMatchObject({ code: 'MC1.3.02', addedBy: 'Trần Văn Nam' })
    expect(await db.evidenceFiles.get('f9')).toBeDefined()
    expect(await ex.contributionImportedAt('pkg-c')).toBe(T2)
  })

  it('writes nothing when a row changed since the plan', async () => {
    const resolved = await planned()
    await db.answers.put(answer('1.3.1', 2, { updatedAt: '2025-12-01T00:00:00.000Z' }))
    const before = await dbState(db)
    expect(await ex.applyContribution(resolved, files, { packageId: 'p', importedAt: T2 })).toEqual({ reason: 'rows', itemIds: ['1.3.1'] })
    expect(await dbState(db)).toEqual(before)
  })

  it('writes nothing when the assessment was approved meanwhile', async () => {
    const resolved = await planned()
    await db.assessments.update('a1', { status: 'approved' })
    const before = await dbState(db)
    expect(await ex.applyContribution(resolved, files, { packageId: 'p', importedAt: T2 })).toEqual({ reason: 'assessment' })
    expect(await dbState(db)).toEqual(before)
  })
})

describe('storeAssignment (member’s phone)', () => {
  const assignmentData = (over: Partial<ExchangeData> = {}): ExchangeData => ({
    schools: [school()],
    assessments: [assessment({ revision: 2 })],
    answers: [answer('1.1', true)],
    members: [member()],
    evidence: [],
    criteriaSets: [sampleData().criteriaSets[0]!],
    ...over,
  })

  it('stores the school, assessment, member, baseline rows, criteria set and the assignment', async () => {
    await ex.storeAssignment(assignmentData(), received())
    const s = await dbState(db)
    expect(counts(s)).toMatchObject({ schools: 1, assessments: 1, answers: 1, members: 1, criteriaSets: 1, assignments: 1 })
    expect((await ex.receivedAssignment('a1'))?.assignment.memberId).toBe('m1')
  })

  it('a newer assignment updates untouched rows and keeps the rows the member changed', async () => {
    await ex.storeAssignment(assignmentData(), received())
    await db.answers.put(answer('1.1', false, { note: 'Của giáo viên' }))
    const newer = header({
      assignedItemIds: ['1.1', '1.3.1'],
      baseline: [
        { itemId: '1.1', value: true, note: 'Hiệu trưởng sửa' },
        { itemId: '1.3.1', value: 4, note: '' },
      ],
    })
    const r = await ex.storeAssignment(
      assignmentData({ answers: [answer('1.1', true, { note: 'Hiệu trưởng sửa' }), answer('1.3.1', 4)] }),
      received({ packageId: 'pkg-b', assignment: newer }),
    )
    expect(r.rowsKept).toBe(1)
    expect(await db.answers.get(['a1', '1.1'])).toMatchObject({ value: false, note: 'Của giáo viên' })
    expect(await db.answers.get(['a1', '1.3.1'])).toMatchObject({ value: 4 })
    expect((await ex.receivedAssignment('a1'))?.packageId).toBe('pkg-b')
  })
})
