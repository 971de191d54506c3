import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { ChisoDb, repos, useDatabase } from '@/db'
import { META } from '@/domain'
import { useDeskStore } from '@/stores/desk'

beforeEach(() => {
  useDatabase(new ChisoDb(`test-${crypto.randomUUID()}`))
  setActivePinia(createPinia())
})

const csv = (text: string, name = 'ds-truong.csv') => new File([text], name, { type: 'text/csv' })

async function readyDesk() {
  const desk = useDeskStore()
  await desk.load()
  expect((await desk.saveUnit({ name: ' Phòng Văn hóa – Xã hội ', headName: 'Lê Văn Nam', reviewers: [{ id: 'r1', name: 'Trần Thu' }, { id: 'r2', name: '  ' }] })).ok).toBe(true)
  const c = await desk.saveCampaign({ schoolYear: '2025-2026', setId: 'tiny', version: '1.0.0', deadline: '2026-05-31' })
  expect(c.ok).toBe(true)
  return desk
}

describe('desk store: unit and campaign', () => {
  it('keeps the unit trimmed, without unnamed reviewers, and the campaign as current after a reload', async () => {
    await readyDesk()
    setActivePinia(createPinia())
    const again = useDeskStore()
    await again.load()
    expect(again.unit).toEqual({ name: 'Phòng Văn hóa – Xã hội', headName: 'Lê Văn Nam', reviewers: [{ id: 'r1', name: 'Trần Thu' }] })
    expect(again.campaign).toMatchObject({ schoolYear: '2025-2026', setId: 'tiny', deadline: '2026-05-31' })
    expect(await repos().meta.get(META.deskCampaignId)).toBe(again.campaign?.id)
  })

  it.each([
    [{ schoolYear: '2025', deadline: '2026-05-31' }, ['school-year']],
    [{ schoolYear: '2025-2026', deadline: '2026-02-30' }, ['deadline']],
  ])('refuses a campaign typed wrong (%o), writing nothing', async (over, problems) => {
    const desk = useDeskStore()
    await desk.load()
    const r = await desk.saveCampaign({ setId: 'tiny', version: '1.0.0', ...over })
    expect(r).toEqual({ ok: false, errors: problems })
    expect(await repos().desk.campaigns()).toEqual([])
  })

  it('edits the current campaign instead of making a second one', async () => {
    const desk = await readyDesk()
    await desk.saveCampaign({ schoolYear: '2025-2026', setId: 'tiny', version: '1.0.0', deadline: '2026-05-20' })
    const all = await repos().desk.campaigns()
    expect(all).toHaveLength(1)
    expect(all[0]?.deadline).toBe('2026-05-20')
  })
})

describe('desk store: roster', () => {
  it('imports a CSV roster and counts every school as not submitted', async () => {
    const desk = await readyDesk()
    const r = await desk.importRoster(csv('\uFEFFTên trường,Mã trường,Cấp học,Xã/phường\nTH Xuân Hương,TH01,Tiểu học,Xuân Hương\nTHCS Lê Lợi,THCS02,THCS,Lâm Viên\n'))
    expect(r).toEqual({ ok: true, added: 2, updated: 0, unchanged: 0 })
    expect(desk.progress.all).toMatchObject({ total: 2, 'not-submitted': 2 })
    expect(desk.progress.byKind.get('thcs')?.total).toBe(1)
  })

  it('updates schools it already has by code and adds nothing twice', async () => {
    const desk = await readyDesk()
    await desk.importRoster(csv('Tên trường,Mã trường,Cấp học\nTH Xuân Hương,TH01,Tiểu học\n'))
    const r = await desk.importRoster(csv('Tên trường,Mã trường,Cấp học,Xã/phường\nTrường TH Xuân Hương,th01,Tiểu học,Xuân Hương\nTH Xuân Hương 2,TH03,Tiểu học,\n'))
    expect(r).toEqual({ ok: true, added: 1, updated: 1, unchanged: 0 })
    expect(desk.roster.map((s) => s.name).sort()).toEqual(['TH Xuân Hương 2', 'Trường TH Xuân Hương'])
  })

  it('refuses a file with a bad cell, naming the cell, and keeps the roster as it was', async () => {
    const desk = await readyDesk()
    await desk.importRoster(csv('Tên trường,Cấp học\nTH A,Tiểu học\n'))
    const r = await desk.importRoster(csv('Tên trường,Cấp học\nTH B,Tiểu học\nTH C,Đại học\n', 'moi.csv'))
    expect(r.ok).toBe(false)
    expect(r.ok === false && 'errors' in r ? r.errors.map((e) => [e.code, e.path]) : null).toEqual([['unknown-school-kind', 'moi.csv:B3']])
    expect((await repos().desk.roster(desk.campaign?.id ?? '')).map((s) => s.name)).toEqual(['TH A'])
  })

  it('says a file that is not a spreadsheet cannot be read', async () => {
    const desk = await readyDesk()
    const r = await desk.importRoster(new File([new Uint8Array([1, 2, 3])], 'anh.xlsx'))
    expect(r.ok === false && 'file' in r ? r.file.code : null).toBe('not-a-sheet')
  })
})
