import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { i18n } from '@/i18n'
import type { Answer, PointsItem } from '@/domain'
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

function mountControl(props: { item: PointsItem; answer?: Answer; readOnly?: boolean }) {
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

  it('offers the percentage suggestion, labelled as the app’s, and applies it only when asked', async () => {
    const w = mountControl({
      item: item({ suggest: { from: 'percentage', provenance: 'inferred' } }),
      answer: answer({ value: 2, basis: { percentage: 85 } }),
    })
    expect(w.text()).toContain('Gợi ý của ứng dụng: 6 điểm')
    expect(w.text()).toContain('Gợi ý không chính thức; nhà trường tự quyết định điểm.')
    expect((w.get('#p').element as HTMLInputElement).value).toBe('2')
    await w.get('button.link-button').trigger('click')
    expect(w.emitted('change')?.[0]?.[0]).toEqual({ value: 6 })
  })

  it('saves the percentage typed as the basis', async () => {
    const w = mountControl({ item: item({ suggest: { from: 'percentage', provenance: 'inferred' } }) })
    await w.get('#p-pct').setValue('50')
    expect(w.emitted('change')?.[0]?.[0]).toEqual({ basis: { percentage: 50 } })
  })

  it('fills the points from a yes/no answer when none were given, but never overrides the school’s own', async () => {
    const yesNo = item({ max: 6, suggest: { from: 'yes-no', provenance: 'inferred' } })
    const fresh = mountControl({ item: yesNo })
    await fresh.findAll('input[type="radio"]')[0]!.setValue(true)
    expect(fresh.emitted('change')?.[0]?.[0]).toEqual({ basis: { yes: true }, value: 6 })

    const own = mountControl({ item: yesNo, answer: answer({ value: 3 }) })
    await own.findAll('input[type="radio"]')[0]!.setValue(true)
    expect(own.emitted('change')?.[0]?.[0]).toEqual({ basis: { yes: true } })
  })

  it('is read-only on an approved assessment', () => {
    const w = mountControl({ item: item(), answer: answer({ value: 4 }), readOnly: true })
    expect(w.get('#p').attributes('disabled')).toBeDefined()
    expect(w.findAll('button')).toHaveLength(0)
  })
})
