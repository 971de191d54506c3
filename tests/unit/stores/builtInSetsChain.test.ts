// @vitest-environment node
// (fake-indexeddb stores Blobs only when they are Node's own.)
/**
 * Every built-in set other than QĐ 4725 through the whole chain a school and its managing body use:
 * answers saved on the phone → backup → restored on another phone → the submission file → the
 * desk's intake, which re-scores from the answers → the reviewer's changed row and decision.
 * The answers are made from each set's own rows, so a set added later is covered without a change here.
 */
import { createPinia, setActivePinia } from 'pinia'
import { describe, expect, it, vi } from 'vitest'
import { ChisoDb, repos, useDatabase } from '@/db'
import {
  reviewedScore,
  scoreAssessment,
  submissionContent,
  type Answer,
  type AnswerValue,
  type AssessmentScore,
  type CriteriaSet,
  type Item,
} from '@/domain'
import { buildSubmissionFile, criteriaSetSha256 } from '@/services/exchange'
import { builtInSets } from '@/services/criteriaSets'
import { useBackupStore } from '@/stores/backup'
import { useDeskStore } from '@/stores/desk'
import { useExchangeStore } from '@/stores/exchange'
import { assessment } from '../../builders/assessment'
import { aSchool } from '../../builders/school'

vi.mock('@/services/share', async (orig) => ({
  ...(await orig<typeof import('@/services/share')>()),
  canShareFiles: () => false,
  shareOrDownload: vi.fn(() => Promise.resolve('downloaded' as const)),
  download: vi.fn(),
}))

const T = '2026-05-01T00:00:00.000Z'

async function freshDevice() {
  const db = new ChisoDb(`test-${crypto.randomUUID()}`)
  useDatabase(db)
  await db.open()
  setActivePinia(createPinia())
}

const items = (set: CriteriaSet) => set.groups.flatMap((g) => g.criteria.flatMap((c) => c.items))

/** A full answer sheet: every level-1 indicator met and no higher one, every condition met, every points row at its maximum, every text written. */
function fullAnswer(i: Item): AnswerValue {
  switch (i.kind) {
    case 'level':
      return i.level === 1
    case 'condition':
      return true
    case 'points':
      return i.max
    case 'info':
      return `Nhà trường ghi: ${i.text.vi.slice(0, 40)}`
  }
}

/** The reviewer's change to a row the school met: not met, or no points. */
const lowered = (i: Item): AnswerValue => (i.kind === 'points' ? 0 : false)

/** What a reviewer compares: each standard's or group's points and level, each criterion's level, the school's level. */
const summary = (s: AssessmentScore) => ({
  groups: s.groups.map((g) => ({ id: g.id, points: g.points, level: g.level, criteria: g.criteria.map((c) => [c.id, c.points, c.level]) })),
  schoolLevel: s.schoolLevel,
  answered: s.answered,
  total: s.total,
})

const sets = (await builtInSets()).filter((s) => s.id !== 'qd-4725')

describe.each(sets.map((s) => [`${s.id} ${s.version}`, s] as const))('%s from the phone to the desk', (_, set) => {
  it('survives backup and restore, is taken in by the desk with the same score, and is re-scored by the reviewer', async () => {
    // A school's approved assessment with every row answered.
    await freshDevice()
    const school = aSchool({ code: 'TR01', name: 'Trường Thử Một', kind: set.schoolKinds[0] ?? 'tieu-hoc', managingBody: 'Phòng Văn hóa – Xã hội', headName: 'Nguyễn Thị Hoa' })
    const a = assessment({
      schoolId: school.id,
      setId: set.id,
      version: set.version,
      status: 'approved',
      approval: { date: '2026-05-10', decisionNumber: '12/QĐ-TR', approvedAt: '2026-05-10T02:00:00.000Z' },
    })
    const answers: Answer[] = items(set).map((i) => ({ assessmentId: a.id, itemId: i.id, value: fullAnswer(i), note: '', updatedAt: T }))
    await repos().exchange.restore({ schools: [school], assessments: [a], answers, members: [], evidence: [], criteriaSets: [], assignments: [] }, [], 'replace')
    const onPhone = scoreAssessment(set, Object.fromEntries(answers.map((x) => [x.itemId, x.value])))
    expect(onPhone.invalid).toEqual([])
    expect(onPhone.unanswered).toEqual([])

    // Backup, then restore on another phone: the same rows, the same score.
    const backup = await useExchangeStore().makeBackup()
    if (!backup.ok) return expect.unreachable(JSON.stringify(backup.errors))
    await freshDevice()
    const restore = useBackupStore()
    await restore.pick(new File([backup.value.blob], backup.value.fileName, { type: 'application/zip' }))
    expect(restore.step).toBe('done')
    const restored = await repos().answers.list(a.id)
    expect(restored.map((x) => [x.itemId, x.value]).sort()).toEqual(answers.map((x) => [x.itemId, x.value]).sort())
    const afterRestore = scoreAssessment(set, Object.fromEntries(restored.map((x) => [x.itemId, x.value])))
    expect(summary(afterRestore)).toEqual(summary(onPhone))

    // The submission file from the restored phone.
    const made = submissionContent({ school, assessment: a, set, setSha256: await criteriaSetSha256(set), answers: restored, evidence: [], fileSha256: new Map() })
    if (!made.ok) return expect.unreachable(made.problem.code)
    const sub = await buildSubmissionFile(made.content, { files: [] }, { appVersion: '0.1.0', createdAt: T, packageId: crypto.randomUUID(), submittedAt: '2026-05-20T03:00:00.000Z' })
    if (!sub.ok) return expect.unreachable(JSON.stringify(sub.errors))

    // The desk, on its own device, with a campaign on the built-in set.
    await freshDevice()
    const desk = useDeskStore()
    await desk.load()
    await desk.saveUnit({ name: 'Phòng Văn hóa – Xã hội', headName: 'Lê Văn Nam', reviewers: [] })
    expect((await desk.saveCampaign({ schoolYear: '2025-2026', setId: set.id, version: set.version, deadline: '2026-05-31' })).ok).toBe(true)
    await desk.importRoster(new File(['Tên trường,Mã trường\nTrường Thử Một,TR01\n'], 'ds.csv', { type: 'text/csv' }))
    const check = await desk.checkIntake([new File([sub.value.blob], 'nop.zip', { type: 'application/zip' })])
    if (!check.ok) return expect.unreachable(JSON.stringify(check))
    expect(check.check.refused).toEqual([])
    const item = check.check.items[0]
    expect(item?.flags).toEqual([])
    expect(summary(item!.score)).toEqual(summary(onPhone))
    expect(await desk.takeIntake([0])).toMatchObject({ ok: true, value: { taken: 1 } })

    // The reviewer finds the first answered row of the first criterion not met, and accepts with that change.
    const id = desk.roster.find((s) => s.code === 'TR01')?.id ?? ''
    await desk.openSchool(id)
    expect(desk.openStatus).toBe('submitted')
    const row = set.groups[0]!.criteria[0]!.items.find((i) => i.kind !== 'info')!
    expect((await desk.saveReviewRow(row.id, lowered(row), 'Chưa có minh chứng')).ok).toBe(true)
    const accepted = await desk.decide('accepted', '')
    if (!accepted.ok) return expect.unreachable(JSON.stringify(accepted))
    const decision = accepted.file.decision.content
    expect(decision.rows).toEqual([{ itemId: row.id, score: lowered(row), comment: 'Chưa có minh chứng' }])
    const reviewed = reviewedScore(set, made.content, decision.rows)
    const before = onPhone.groups[0]!.criteria[0]!
    const after = reviewed.groups[0]!.criteria[0]!
    if (set.levelRule) expect([before.level, after.level]).toEqual([1, 0])
    else {
      expect(after.points).toBeLessThan(before.points)
      expect(decision.reviewed?.groups[0]?.points).toBe(reviewed.groups[0]!.points)
    }
  })
})
