import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { ChisoDb, repos, useDatabase } from '@/db'
import { setKey, type Campaign } from '@/domain'
import { useRankingsStore } from '@/stores/rankings'
import { tinySet } from '../../builders/criteriaSet'
import { deskDecision, deskSubmission, FULL_ANSWERS, rosterSchool, submission } from '../../builders/submission'

vi.mock('@/services/share', () => ({ shareOrDownload: vi.fn(() => Promise.resolve('downloaded')) }))

const campaign: Campaign = {
  id: 'c1',
  schoolYear: '2025-2026',
  setId: 'tiny',
  version: '1.0.0',
  deadline: '2026-05-31',
  createdAt: '2026-04-01T00:00:00.000Z',
  updatedAt: '2026-04-01T00:00:00.000Z',
}

async function seed() {
  await repos().criteriaSets.put({ key: setKey({ setId: 'tiny', version: '1.0.0' }), setId: 'tiny', version: '1.0.0', fileName: 'tiny.json', text: JSON.stringify(tinySet()), loadedAt: '2026-04-01T00:00:00.000Z' })
  await repos().desk.putCampaign(campaign)
  await repos().meta.set('desk.campaignId', 'c1')
  await repos().meta.set('desk.unit', { name: 'Phòng Văn hóa – Xã hội xã An Phú', headName: 'Lê Văn Tâm', reviewers: [] })
  const roster = ['an', 'binh', 'cuong', 'dung'].map((id) => rosterSchool({ id, name: `Trường Tiểu học ${id}` }))
  const subAn = deskSubmission('an', submission({ school: { id: 's-an', name: 'Trường Tiểu học an' } }))
  const subBinh = deskSubmission('binh', submission({ school: { id: 's-binh', name: 'Trường Tiểu học binh' }, answers: { ...FULL_ANSWERS, 'B2.2': 10 } }))
  const subCuong = deskSubmission('cuong', submission({ school: { id: 's-cuong', name: 'Trường Tiểu học cuong' } }))
  await repos().desk.takeIntake(roster, [subAn, subBinh, subCuong], [])
  // The committee lowered an's B2.2 from 60 to 20 and accepted; cuong was returned.
  await repos().desk.putDecision(deskDecision(subAn, 'accepted', { rows: [{ itemId: 'B2.2', score: 20, comment: 'Chưa đủ' }] }))
  await repos().desk.putDecision(deskDecision(subCuong, 'returned'))
}

describe('the rankings store', () => {
  beforeEach(async () => {
    useDatabase(new ChisoDb(`test-${crypto.randomUUID()}`))
    setActivePinia(createPinia())
    await seed()
  })

  it('ranks with the reviewed result where accepted, the own one elsewhere, returned and missing last', async () => {
    const s = useRankingsStore()
    await s.load()
    expect(s.state.kind).toBe('ready')
    expect(s.overall.map((r) => [r.school.id, r.rank, r.source, r.unranked, r.measure])).toEqual([
      ['an', 1, 'reviewed', null, 110],
      ['binh', 2, 'self-assessed', null, 100],
      ['cuong', null, null, 'returned', null],
      ['dung', null, null, 'not-submitted', null],
    ])
  })

  it('saves the unit’s own rule and reads it back as the unit’s', async () => {
    const s = useRankingsStore()
    await s.load()
    expect(s.classification).toBeNull()
    expect(await s.saveUnitBands([{ label: '', min: 1, minInclusive: true }])).toEqual(['empty-label'])
    expect(await s.saveUnitBands([{ label: 'Tốt ', min: 105, minInclusive: true }, { label: 'Khá', min: 0, minInclusive: true }])).toBeNull()
    setActivePinia(createPinia())
    const again = useRankingsStore()
    await again.load()
    expect(again.classification).toEqual({ source: 'unit', bands: [{ label: 'Tốt', min: 105, minInclusive: true }, { label: 'Khá', min: 0, minInclusive: true }] })
    await again.useSetBands()
    expect(again.classification).toBeNull()
    expect(again.unitBandsDraft[0]?.label).toBe('Tốt')
  })

  it('keeps the notice’s fields the reviewer typed, defaults for the rest', async () => {
    const s = useRankingsStore()
    await s.load()
    expect(s.notice?.signerName).toBe('Lê Văn Tâm')
    await s.saveNotice({ ...s.notice!, number: '07/TB-VHXH' })
    setActivePinia(createPinia())
    const again = useRankingsStore()
    await again.load()
    expect(again.notice).toMatchObject({ number: '07/TB-VHXH', signerName: 'Lê Văn Tâm' })
  })

  it('says when there is no campaign yet', async () => {
    useDatabase(new ChisoDb(`test-${crypto.randomUUID()}`))
    const s = useRankingsStore()
    await s.load()
    expect(s.state.kind).toBe('no-campaign')
  })
})
