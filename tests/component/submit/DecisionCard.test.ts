import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { i18n } from '@/i18n'
import { scoreAssessment, type ReceivedDecision } from '@/domain'
import DecisionCard from '@/components/submit/DecisionCard.vue'
import ReviewComment from '@/components/submit/ReviewComment.vue'
import { tinySet } from '../../builders/criteriaSet'
import { FULL_ANSWERS } from '../../builders/submission'

const SCRIPT = '<img src=x onerror="alert(1)">'
const unit = { name: 'Phòng Văn hóa – Xã hội', headName: 'Lê Văn Bình' }
const returned = (over: Partial<ReceivedDecision> = {}): ReceivedDecision => ({
  decision: 'returned',
  reason: 'Thiếu minh chứng nhóm A',
  rows: [{ itemId: 'A2.1', score: null, comment: 'Cần biên bản kiểm kê' }],
  reviewed: null,
  unit,
  decidedAt: '2026-06-01T03:00:00.000Z',
  receivedAt: '2026-06-02T03:00:00.000Z',
  ...over,
})
const own = scoreAssessment(tinySet(), { ...FULL_ANSWERS })
const mountCard = (review: ReceivedDecision) => mount(DecisionCard, { props: { review, set: tinySet(), own }, global: { plugins: [i18n] } })

afterEach(() => {
  i18n.global.locale.value = 'vi'
})

describe('DecisionCard', () => {
  it('shows a return: the verdict, who and when, the reason and the comment beside its chỉ số', () => {
    const w = mountCard(returned())
    expect(w.get('[data-testid="decision-verdict"]').text()).toBe('Trả lại để bổ sung, sửa chữa')
    expect(w.text()).toContain('Phòng Văn hóa – Xã hội, ngày 01/06/2026')
    expect(w.get('[data-testid="decision-reason"]').text()).toBe('Thiếu minh chứng nhóm A')
    expect(w.get('[data-testid="decision-row-A2.1"]').text()).toContain('Cần biên bản kiểm kê')
    expect(w.find('table').exists()).toBe(false)
  })

  it('shows an acceptance with the reviewed totals beside the school’s own, in English too', () => {
    i18n.global.locale.value = 'en'
    const w = mountCard(
      returned({
        decision: 'accepted',
        reason: '',
        rows: [{ itemId: 'A2.1', score: 30, comment: '' }],
        reviewed: { groups: [{ id: 'A', points: 80, level: 3 }, { id: 'B', points: 60, level: 2 }], answered: 6, total: 6 },
      }),
    )
    expect(w.get('[data-testid="decision-verdict"]').text()).toBe('Result accepted')
    const a = w.get('[data-testid="reviewed-group-A"]').text()
    expect(a).toContain('90 points')
    expect(a).toContain('80 points')
    expect(w.get('[data-testid="decision-row-A2.1"]').text()).toContain('Reviewed: 30')
    expect(w.find('[data-testid="decision-reason"]').exists()).toBe(false)
  })

  it('renders text from the file as text', () => {
    const w = mountCard(returned({ reason: SCRIPT, rows: [{ itemId: 'A1', score: null, comment: SCRIPT }], unit: { name: SCRIPT, headName: '' } }))
    expect(w.html()).not.toContain('<img')
    expect(w.get('[data-testid="decision-reason"]').text()).toBe(SCRIPT)
    const c = mount(ReviewComment, { props: { comment: SCRIPT }, global: { plugins: [i18n] } })
    expect(c.html()).not.toContain('<img')
    expect(c.text()).toContain(SCRIPT)
  })
})
