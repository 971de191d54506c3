import { beforeEach, describe, expect, it } from 'vitest'
import { ChisoDb, repos, StorageError, useDatabase } from '@/db'
import type { DeskSubmission, RosterSchool } from '@/domain'
import { contentSha, submission } from '../../builders/submission'

const T = '2026-05-20T03:00:00.000Z'
const school = (over: Partial<RosterSchool> = {}): RosterSchool => ({
  id: 'ro1',
  campaignId: 'c1',
  name: 'Trường Tiểu học Xuân Hương',
  code: 'TH01',
  kind: 'tieu-hoc',
  commune: 'Phường Xuân Hương',
  source: 'roster',
  addedAt: T,
  ...over,
})
const content = submission()
const sha256 = contentSha(content)
const received: DeskSubmission = {
  sha256,
  campaignId: 'c1',
  rosterId: 'ro1',
  revision: 1,
  submittedAt: T,
  importedAt: T,
  content,
  flags: [],
  attachments: { files: [], record: false },
}

describe('the review desk repository', () => {
  beforeEach(() => useDatabase(new ChisoDb(`test-${crypto.randomUUID()}`)))

  it('keeps a submission whole but lists only its head', async () => {
    await repos().desk.takeIntake([school()], [received], [])
    const heads = await repos().desk.submissionHeads('c1')
    expect(heads).toHaveLength(1)
    expect(heads[0]).not.toHaveProperty('content')
    expect(await repos().desk.submission('c1', sha256)).toEqual(received)
    expect(await repos().desk.submission('c2', sha256)).toBeUndefined()
  })

  it('takes an intake batch whole or not at all', async () => {
    // A file without its key fails the last write of the batch: the roster and the submission before it are not kept either.
    const keyless = { campaignId: 'c1', sha256: undefined as unknown as string, fileId: 'f1', blob: new Blob(['x']) }
    await expect(repos().desk.takeIntake([school()], [received], [keyless])).rejects.toBeInstanceOf(StorageError)
    expect(await repos().desk.roster('c1')).toEqual([])
    expect(await repos().desk.submissionHeads('c1')).toEqual([])
  })

  it('forgets a review row once it holds neither score nor comment', async () => {
    await repos().desk.putReviewRow('c1', { sha256, itemId: 'A1', score: null, comment: 'Thiếu ảnh', updatedAt: T })
    expect(await repos().desk.reviewStarted('c1')).toEqual(new Set([sha256]))
    await repos().desk.putReviewRow('c1', { sha256, itemId: 'A1', score: null, comment: '  ', updatedAt: T })
    expect(await repos().desk.reviewRows('c1', sha256)).toEqual([])
    expect(await repos().desk.reviewStarted('c1')).toEqual(new Set())
  })
})
