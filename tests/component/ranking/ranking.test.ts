import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { i18n } from '@/i18n'
import { rankByKind, scoreAssessment, type AgreedResult, type AnswerValues, type ClassBand, type RosterSchool, type SchoolKind } from '@/domain'
import ClassificationEditor from '@/components/ranking/ClassificationEditor.vue'
import LevelChart from '@/components/ranking/LevelChart.vue'
import PositionChart from '@/components/ranking/PositionChart.vue'
import { rankText, resultText } from '@/components/ranking/rankingText'
import { tinySet } from '../../builders/criteriaSet'
import { rosterSchool } from '../../builders/submission'

const set = tinySet({ schoolKinds: ['tieu-hoc', 'thcs'] })
const result = (answers: AnswerValues): AgreedResult => {
  const score = scoreAssessment(set, answers)
  return { source: 'self-assessed', status: 'submitted', sha256: 'x', score, selfScore: score }
}
const full = { A1: true, 'A2.1': 40, 'A2.2': 50, B1: true, 'B2.2': 60 }
const school = (id: string, kind: SchoolKind = 'tieu-hoc'): RosterSchool => rosterSchool({ id, name: `Trường ${id}`, kind })
const tables = rankByKind(
  [
    { school: school('An'), result: result(full) },
    { school: school('Bình'), result: result({ ...full, 'B2.2': 80 }) },
    { school: school('Cao', 'thcs'), result: result({ ...full, 'A2.2': 0, 'A2.1': 0 }) },
    { school: school('Dũng'), result: { source: 'none', status: 'not-submitted' } },
  ],
  'levels-then-points',
  ['tieu-hoc', 'thcs'],
)
const translate = (i18n.global as unknown as { t: (key: string, named: Record<string, unknown>) => string }).t
const t = (key: string, named?: Record<string, unknown>) => translate(key, named ?? {})

afterEach(() => {
  i18n.global.locale.value = 'vi'
})

describe('how a ranked school reads', () => {
  const all = tables.at(-1)!.rows
  it.each([
    [0, 'Hạng 1', 'Nhóm A: 90 điểm, mức 3 · Nhóm B: 80 điểm, mức 3 · Tổng 170 điểm'],
    [3, 'Chưa nộp', ''],
  ])('row %i', (i, rank, text) => {
    expect(rankText(all[i]!, t)).toBe(rank)
    expect(resultText(all[i]!, 'levels-then-points', t, 'vi')).toBe(text)
  })
  it('says a shared rank in English too', () => {
    i18n.global.locale.value = 'en'
    expect(rankText({ ...all[0]!, tied: true }, t)).toBe('Rank 1 (tied)')
  })
})

describe('LevelChart', () => {
  it('draws one bar per school kind and the whole unit, with the same counts in its table', () => {
    const w = mount(LevelChart, { props: { set, tables }, global: { plugins: [i18n] } })
    const figures = w.findAll('figure')
    expect(figures).toHaveLength(2)
    const svg = figures[0]!.get('svg')
    expect(svg.attributes('role')).toBe('img')
    expect(svg.attributes('aria-labelledby')).toBeTruthy()
    // Group A: Tiểu học has 2 schools at level 3; THCS 1 at level 1; whole unit 1 + 0 + 2.
    const cells = figures[0]!.findAll('tbody tr').map((r) => r.findAll('th, td').map((c) => c.text()))
    expect(cells).toEqual([
      ['Tiểu học', '0', '0', '2', '2'],
      ['THCS', '1', '0', '0', '1'],
      ['Toàn đơn vị', '1', '0', '2', '3'],
    ])
  })
})

describe('PositionChart', () => {
  it('says where the chosen school stands and marks its range', async () => {
    const w = mount(PositionChart, { props: { rows: tables.at(-1)!.rows, by: 'levels-then-points', scaleMax: 200, selected: 'Cao' }, global: { plugins: [i18n] } })
    expect(w.get('[data-testid="position-text"]').text()).toBe('Trường Cao: hạng 3/3, 60 điểm. Thấp nhất 60, trung vị 150, cao nhất 170.')
    expect(w.get('tr.chart__own').text()).toContain('60–80')
    await w.get('select').setValue('An')
    expect(w.emitted('select')).toEqual([['An']])
  })
})

describe('ClassificationEditor', () => {
  const draft: ClassBand[] = [
    { label: 'Tốt', min: 150, minInclusive: true },
    { label: 'Khá', min: 0, minInclusive: true },
  ]
  const mountEditor = (save = vi.fn(() => Promise.resolve(null as null | 'storage' | ['empty-label']))) =>
    mount(ClassificationEditor, {
      props: { classification: null, setHasClasses: false, draft, byRows: false, counts: new Map(), save, useSet: () => Promise.resolve(true) },
      global: { plugins: [i18n] },
    })

  it('says when neither the set nor the unit classifies', () => {
    expect(mountEditor().get('[data-testid="classification-source"]').text()).toBe('Bộ tiêu chí không quy định xếp loại. Đơn vị có thể tự đặt mức xếp loại.')
  })

  it('edits the draft and hands the numbers over as numbers, decimal comma read', async () => {
    const save = vi.fn(() => Promise.resolve(null))
    const w = mountEditor(save)
    await w.get('[data-testid="classification-edit"]').trigger('click')
    expect(w.text()).toContain('chỉ là gợi ý ban đầu')
    await w.get('[data-testid="class-min-0"]').setValue('152,5')
    await w.get('form').trigger('submit')
    await flushPromises()
    expect(save).toHaveBeenCalledWith([
      { label: 'Tốt', min: 152.5, minInclusive: true },
      { label: 'Khá', min: 0, minInclusive: true },
    ])
    expect(w.find('form').exists()).toBe(false)
  })

  it('shows what is wrong and keeps the form', async () => {
    const w = mountEditor(vi.fn(() => Promise.resolve(['empty-label'] as ['empty-label'])))
    await w.get('[data-testid="classification-edit"]').trigger('click')
    await w.get('form').trigger('submit')
    await flushPromises()
    expect(w.get('[role="alert"]').text()).toBe('Mỗi xếp loại cần có tên.')
    expect(w.find('form').exists()).toBe(true)
  })
})
