import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { i18n } from '@/i18n'
import type { Answer, ContributionPlan } from '@/domain'
import type { ContributionPreview } from '@/stores/exchange'
import ContributionReview from '@/components/team/ContributionReview.vue'
import { header, photo } from '../../unit/domain/exchange/sample'
import { tinySet } from '../../builders/criteriaSet'

const row = (itemId: string, value: Answer['value'], over: Partial<Answer> = {}): Answer => ({
  assessmentId: 'a1',
  itemId,
  value,
  note: '',
  updatedAt: '2025-11-01T08:00:00.000Z',
  ...over,
})

function preview(plan: Partial<ContributionPlan> = {}, alreadyImportedAt?: string): ContributionPreview {
  return {
    manifest: { assignment: header({ memberName: 'Trần Thị Mai', assignedItemIds: ['A1', 'A2.1', 'A2.2'] }) } as ContributionPreview['manifest'],
    team: { onTeam: true, notAssigned: [] },
    plan: {
      assessmentId: 'a1',
      memberId: 'm1',
      memberName: 'Trần Thị Mai',
      newAnswers: [row('A2.1', 6, { note: 'Hai phòng', by: 'm1' })],
      conflicts: [
        { itemId: 'A1', principal: row('A1', false), contribution: row('A1', true, { by: 'm1' }), baseline: { value: null, note: '' } },
        { itemId: 'A2.2', principal: row('A2.2', 1), contribution: row('A2.2', 2, { by: 'm1' }), baseline: { value: null, note: '' } },
      ],
      newEvidence: [photo({ id: 'e2', code: 'MC2.02', addedBy: 'Trần Thị Mai' }), photo({ id: 'e1', code: 'MC2.01', addedBy: 'Trần Thị Mai' })],
      renumbered: [{ evidenceId: 'e2', from: 'MC2.01', to: 'MC2.02' }],
      newFileIds: ['f1'],
      skippedEvidence: 0,
      duplicates: [],
      linked: [],
      unchangedCount: 1,
      keptEarlier: [],
      expected: {},
      ...plan,
    },
    files: [],
    ...(alreadyImportedAt ? { alreadyImportedAt } : {}),
  }
}

const mountReview = (p: ContributionPreview) =>
  mount(ContributionReview, {
    props: { preview: p, fileName: 'chiso-dong-gop-tran-thi-mai.zip', set: tinySet(), current: { 'A2.1': row('A2.1', 2) }, busy: false },
    global: { plugins: [i18n] },
  })

describe('ContributionReview', () => {
  it('imports only once every conflict has a choice, with exactly those choices', async () => {
    const w = mountReview(preview())
    const apply = w.get('button.primary-button')
    expect(apply.attributes('disabled')).toBeDefined()
    expect(w.text()).toContain('Còn 2 chỉ số chưa chọn.')
    const radios = w.findAll('input[type="radio"]')
    await radios[1]!.setValue(true) // A1: the member's value
    expect(w.text()).toContain('Còn 1 chỉ số chưa chọn.')
    await radios[2]!.setValue(true) // A2.2: the principal's value
    expect(apply.attributes('disabled')).toBeUndefined()
    await apply.trigger('click')
    expect(w.emitted('apply')).toEqual([[{ A1: 'contribution', 'A2.2': 'principal' }]])
  })

  it('shows rows before and after, and new evidence in code order with who added it', () => {
    const w = mountReview(preview())
    expect(w.get('[data-testid="preview-rows"]').text()).toContain('Trước: 2 điểm')
    expect(w.get('[data-testid="preview-rows"]').text()).toContain('Sau: 6 điểm')
    const items = w.findAll('[data-testid="preview-evidence"] li').map((li) => li.text())
    expect(items[0]).toMatch(/MC2\.01 Phòng máy tính do Trần Thị Mai thêm/)
    expect(items[1]).toMatch(/MC2\.02 /)
    expect(items[1]).toContain('Mã MC2.01 đã có trên máy nên đổi thành MC2.02.')
    expect(w.text()).toContain('1 chỉ số không thay đổi.')
  })

  it('says a file imported before has nothing left to change, and offers no import', () => {
    const w = mountReview(preview({ newAnswers: [], conflicts: [], newEvidence: [], skippedEvidence: 2 }, '2025-11-03T09:00:00.000Z'))
    expect(w.get('[data-testid="already-imported"]').text()).toBe('Đã nhập tệp này: không còn gì để thay đổi.')
    expect(w.find('button.primary-button').exists()).toBe(false)
  })

  it('names the rows it leaves alone because the school kept its value at an earlier import', () => {
    const w = mountReview(preview({ newAnswers: [], conflicts: [], newEvidence: [], keptEarlier: ['A1', 'A2.2'] }, '2025-11-03T09:00:00.000Z'))
    expect(w.get('[data-testid="kept-earlier"]').text()).toBe('2 chỉ số (A1, A2.2) giữ giá trị của trường như đã chọn ở lần nhập trước.')
    expect(w.find('button.primary-button').exists()).toBe(false)
  })
})
