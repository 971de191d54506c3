/** The review desk's tables (`DeskRepository` in interfaces.ts says what each method promises). */
import { META_FAMILY, rowHasContent, type DeskReviewRow, type DeskSubmission, type DeskSubmissionHead } from '@/domain'
import type { ChisoDb } from './database'
import { guarded } from './errors'
import { familyRow, readFamily } from './meta'
import type { DeskRepository } from './interfaces'

export function createDeskRepository(db: ChisoDb): DeskRepository {
  return {
    campaigns: () => guarded(async () => (await db.deskCampaigns.toArray()).sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0))),
    putCampaign: (c) => guarded(async () => void (await db.deskCampaigns.put(c))),
    roster: (campaignId) =>
      guarded(async () =>
        (await db.deskRoster.where('campaignId').equals(campaignId).toArray()).sort((a, b) => (a.addedAt < b.addedAt ? -1 : a.addedAt > b.addedAt ? 1 : 0)),
      ),
    putRoster: (rows) => guarded(() => db.transaction('rw', db.deskRoster, async () => void (await db.deskRoster.bulkPut([...rows])))),
    submissionHeads: (campaignId) => guarded(() => db.deskSubmissions.where('campaignId').equals(campaignId).toArray()),
    submission: (campaignId, sha256) =>
      guarded(() =>
        db.transaction('r', [db.deskSubmissions, db.deskContents], async () => {
          const head = await db.deskSubmissions.get([campaignId, sha256])
          const body = await db.deskContents.get([campaignId, sha256])
          return head && body ? { ...head, content: body.content } : undefined
        }),
      ),
    takeIntake: (roster, submissions, files) =>
      guarded(() =>
        db.transaction('rw', [db.deskRoster, db.deskSubmissions, db.deskContents, db.deskFiles], async () => {
          await db.deskRoster.bulkPut([...roster])
          await db.deskSubmissions.bulkPut(submissions.map(headOf))
          await db.deskContents.bulkPut(submissions.map((s) => ({ campaignId: s.campaignId, sha256: s.sha256, content: s.content })))
          await db.deskFiles.bulkPut([...files])
        }),
      ),
    files: (campaignId, sha256) => guarded(() => db.deskFiles.where('[campaignId+sha256]').equals([campaignId, sha256]).toArray()),
    reviewRows: (campaignId, sha256) =>
      guarded(async () =>
        (await db.deskReviews.where('[campaignId+sha256]').equals([campaignId, sha256]).toArray()).map(
          (r): DeskReviewRow => ({ sha256: r.sha256, itemId: r.itemId, score: r.score, comment: r.comment, updatedAt: r.updatedAt, ...(r.by ? { by: r.by } : {}) }),
        ),
      ),
    putReviewRow: (campaignId, row) =>
      guarded(async () => {
        if (rowHasContent(row)) await db.deskReviews.put({ ...row, campaignId })
        else await db.deskReviews.delete([campaignId, row.sha256, row.itemId])
      }),
    reviewStarted: (campaignId) =>
      guarded(async () => new Set((await db.deskReviews.where('campaignId').equals(campaignId).toArray()).map((r) => r.sha256))),
    decisions: (campaignId) => guarded(() => db.deskDecisions.where('campaignId').equals(campaignId).toArray()),
    putDecision: (d) => guarded(async () => void (await db.deskDecisions.put(d))),
    markDecisionSent: (id, sentAt) => guarded(async () => (await db.deskDecisions.update(id, { sentAt })) === 1),
    submissionsWithContent: (campaignId, sha256s) =>
      guarded(() =>
        db.transaction('r', [db.deskSubmissions, db.deskContents], async () => {
          const keys = sha256s.map((s): [string, string] => [campaignId, s])
          const [heads, bodies] = await Promise.all([db.deskSubmissions.bulkGet(keys), db.deskContents.bulkGet(keys)])
          return heads.flatMap((h, k) => {
            const body = bodies[k]
            return h && body ? [{ ...h, content: body.content }] : []
          })
        }),
      ),
    rankingSettings: (campaignId) => guarded(() => readFamily(db, META_FAMILY.rankingSettings, campaignId)),
    putRankingSettings: (campaignId, settings) => guarded(async () => void (await db.meta.put(familyRow(META_FAMILY.rankingSettings, campaignId, settings)))),
  }
}

/** A submission's head: everything but its content. */
function headOf(s: DeskSubmission): DeskSubmissionHead {
  const head: Partial<DeskSubmission> = { ...s }
  delete head.content
  return head as DeskSubmissionHead
}
