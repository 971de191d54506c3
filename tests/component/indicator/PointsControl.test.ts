import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { i18n } from '@/i18n'
import type { Answer, PointsItem, SchoolTotals } from '@/domain'
import PointsControl from '@/components/indicator/PointsControl.vue'

const item = (over: Partial<PointsItem> = {}): PointsItem => ({
  id: '1.6.1',
  kind: 'points',
  text: { vi: 'Tỷ lệ giáo viên' },
  provenance: 'unofficial',
  max: 7,
  step: 1,
  ...over,
})
const answer = (over: Partial<Answer>): Answer => ({ assessmentId: 'a', itemId: '1.6.1', value: null, note: '', updatedAt: 'x', ...over })

function mountControl(props: { item: PointsItem; answer?: Answer; readOnly?: boolean; totals?: SchoolTotals }) {
  return mount(PointsControl, {
    props: { readOnly: false, inputId: 'p', ...props },
    global: { plugins: [i18n] },
  })
}

describe('PointsControl', () => {
  it.each<{ typed: string; emitted: object | null; step: 1 | 0.5 }>([
    { typed: '5', emitted: { value: 5 }, step: 1 },
    { typed: '3,5', emitted: null, step: 1 },
    { typed: '3,5', emitted: { value: 3.5 }, step: 0.5 },
    { typed: '', emitted: { value: null }, step: 1 },
  ])('typing "$typed" (step $step) saves $emitted', async ({ typed, emitted, step }) => {
    const w = mountControl({ item: item({ step }) })
    await w.get('#p').setValue(typed)
    expect(w.emitted('change')?.[0]?.[0] ?? null).toEqual(emitted)
  })

  it.each([
    { typed: '8', message: 'Điểm vượt quá tối đa 7. Chưa lưu giá trị này.' },
    { typed: '-1', message: 'Điểm không được âm. Chưa lưu giá trị này.' },
    { typed: 'abc', message: 'Giá trị không hợp lệ. Chưa lưu giá trị này.' },
  ])('refuses "$typed" with a message and saves nothing', async ({ typed, message }) => {
    const w = mountControl({ item: item() })
    await w.get('#p').setValue(typed)
    expect(w.emitted('change')).toBeUndefined()
    expect(w.get('[role="alert"]').text()).toBe(message)
    expect(w.get('#p').attributes('aria-invalid')).toBe('true')
  })

  it('offers the percentage suggestion, labelled as the app’s', () => {
    const w = mountControl({
      item: item({ suggest: { from: 'percentage', provenance: 'inferred' } }),
      answer: answer({ value: 6, basis: { percentage: 85 } }),
    })
    expect(w.text()).toContain('Gợi ý của ứng dụng: 6 điểm')
    expect(w.text()).toContain('Gợi ý không chính thức; nhà trường tự quyết định điểm.')
    expect(w.find('[data-testid="points-mismatch"]').exists()).toBe(false)
  })

  it.each([
    {
      basis: { yes: false },
      rule: 'yes-no' as const,
      value: 7,
      line: 'Điểm 7 khác gợi ý 0 theo câu trả lời «Không»',
      fix: 0,
      totals: {},
    },
    { basis: { percentage: 85 }, rule: 'percentage' as const, value: 2, line: 'Điểm 2 khác gợi ý 6 theo tỷ lệ 85 %', fix: 6, totals: {} },
    {
      basis: { count: 18 },
      rule: 'count' as const,
      value: 7,
      line: 'Điểm 7 khác gợi ý 6 theo 18/20 giáo viên (90 %)',
      fix: 6,
      totals: { teachers: 20 },
    },
  ])('marks points that differ from the $rule answer and offers the suggestion: "$line"', async ({ basis, rule, value, line, fix, totals }) => {
    const suggest =
      rule === 'count'
        ? { from: 'percentage' as const, provenance: 'inferred' as const, count: { part: { vi: 'Số giáo viên có tài khoản' }, of: 'teachers' as const } }
        : { from: rule, provenance: 'inferred' as const }
    const w = mountControl({ item: item({ suggest }), answer: answer({ value, basis }), totals })
    const mark = w.get('[data-testid="points-mismatch"]')
    expect(mark.text()).toContain(line)
    await mark.get('button').trigger('click')
    expect(w.emitted('change')?.[0]?.[0]).toEqual({ value: fix })
  })

  it('asks a count row as two counts: the count saves as the basis, the total as the school’s', async () => {
    const w = mountControl({
      item: item({ suggest: { from: 'percentage', provenance: 'inferred', count: { part: { vi: 'Số giáo viên có tài khoản' }, of: 'teachers' } } }),
    })
    expect(w.get('label[for="p-count"]').text()).toBe('Số giáo viên có tài khoản')
    expect(w.get('label[for="p-total"]').text()).toBe('Tổng số giáo viên của trường')
    await w.get('#p-total').setValue('20')
    await w.get('#p-count').setValue('18')
    expect(w.emitted('totals')?.[0]?.[0]).toEqual({ teachers: 20 })
    expect(w.emitted('change')?.[0]?.[0]).toEqual({ basis: { count: 18 } })
    await w.get('#p-count').setValue('25')
    expect(w.get('#p-count-msg').text()).toBe('Số này lớn hơn tổng số của trường.')
  })

  it('says "số nguyên" for a fraction on a whole-point row', async () => {
    const w = mountControl({ item: item() })
    await w.get('#p').setValue('3,5')
    expect(w.get('[role="alert"]').text()).toBe('Điểm phải là số nguyên. Chưa lưu giá trị này.')
  })

  it('saves the percentage typed as the basis', async () => {
    const w = mountControl({ item: item({ suggest: { from: 'percentage', provenance: 'inferred' } }) })
    await w.get('#p-pct').setValue('50')
    expect(w.emitted('change')?.[0]?.[0]).toEqual({ basis: { percentage: 50 } })
  })

  it('saves a yes/no answer as the basis (the points follow it in the store)', async () => {
    const yesNo = item({ max: 6, suggest: { from: 'yes-no', provenance: 'inferred' } })
    const w = mountControl({ item: yesNo })
    await w.findAll('input[type="radio"]')[1]!.setValue(true)
    expect(w.emitted('change')?.[0]?.[0]).toEqual({ basis: { yes: false } })
  })

  it('is read-only on an approved assessment', () => {
    const w = mountControl({ item: item(), answer: answer({ value: 4 }), readOnly: true })
    expect(w.get('#p').attributes('disabled')).toBeDefined()
    expect(w.findAll('button')).toHaveLength(0)
  })
})
