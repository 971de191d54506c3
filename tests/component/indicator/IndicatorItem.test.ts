import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { i18n } from '@/i18n'
import type { Answer, Item } from '@/domain'
import IndicatorItem from '@/components/indicator/IndicatorItem.vue'

const condition: Item = { id: '1.1', kind: 'condition', text: { vi: 'Có kế hoạch <b>dạy học</b> trực tuyến' }, provenance: 'official' }
const info: Item = { id: '1.3.2', kind: 'info', text: { vi: 'Tên hệ thống LMS' }, provenance: 'translated' }

const mountItem = (item: Item, answer?: Answer) =>
  mount(IndicatorItem, { props: { item, answer, readOnly: false }, global: { plugins: [i18n] } })

describe('IndicatorItem', () => {
  it('records a mandatory condition as met or not met', async () => {
    const w = mountItem(condition)
    const [met, notMet] = w.findAll('input[type="radio"]')
    await notMet!.setValue(true)
    await met!.setValue(true)
    expect(w.emitted('change')).toEqual([[{ value: false }], [{ value: true }]])
    expect(w.text()).toContain('Điều kiện bắt buộc')
  })

  it('shows text from the set as text, never as HTML', () => {
    const w = mountItem(condition)
    expect(w.find('b').exists()).toBe(false)
    expect(w.get('h4').text()).toContain('<b>dạy học</b>')
  })

  it('carries no source badge of its own: the group says where its rows come from', () => {
    expect(mountItem(info).text()).not.toContain('Theo bản dịch, chưa đối chiếu')
  })

  it('saves an info row’s text as it is typed, naming the stored row it was typed on', async () => {
    const w = mountItem(info)
    await w.get('#item-1_3_2-input').setValue('Hệ thống K12Online (thuê)')
    await w.get('#item-1_3_2-input').trigger('blur')
    expect(w.emitted('change')?.at(-1)).toEqual([{ value: 'Hệ thống K12Online (thuê)', began: { version: null, text: '' } }])
  })

  it('labels an info row’s box with what its wording asks to declare, else as the school’s answer', () => {
    const lms: Item = { ...info, text: { vi: 'Triển khai hệ thống LMS (cung cấp thông tin: tên giải pháp, tự xây dựng/thuê/mua)' } }
    expect(mountItem(lms).get('label[for="item-1_3_2-input"]').text()).toBe('Tên giải pháp, tự xây dựng/thuê/mua')
    expect(mountItem(info).get('label[for="item-1_3_2-input"]').text()).toBe('Câu trả lời của nhà trường')
  })

  it('marks a row copied from last year as not confirmed, and keeps it in one tap', async () => {
    const w = mountItem(condition, { assessmentId: 'a', itemId: '1.1', value: true, note: '', copied: true, updatedAt: 'x' })
    expect(w.get('[data-testid="row-unconfirmed"]').text()).toContain('Chép từ năm trước, chưa xác nhận')
    expect(w.get('section').attributes('data-state')).toBe('unconfirmed')
    await w.get('[data-testid="row-unconfirmed"] button').trigger('click')
    expect(w.emitted('keep')).toHaveLength(1)
  })

  describe('a checklist row (worth 0 or its maximum by a yes/no) is met or not met, with no number to type', () => {
    const portal: Item = {
      id: '9.2',
      kind: 'points',
      text: { vi: 'Tin tức, sự kiện' },
      provenance: 'unofficial',
      max: 1,
      step: 1,
      suggest: { from: 'yes-no', provenance: 'inferred' },
    }
    const answer = (value: number | null, yes?: boolean): Answer => ({
      assessmentId: 'a',
      itemId: '9.2',
      value,
      ...(yes === undefined ? {} : { basis: { yes } }),
      note: '',
      updatedAt: 'x',
    })

    it('saves the answer and its points together, so they cannot disagree', async () => {
      const w = mountItem(portal)
      expect(w.find('input[inputmode]').exists()).toBe(false)
      expect(w.get('[data-testid="checklist"]').text()).toContain('Đạt: 1 điểm, chưa đạt: 0 điểm')
      const [met, notMet] = w.findAll('[data-testid="checklist"] input[type="radio"]')
      await met!.setValue(true)
      await notMet!.setValue(true)
      expect(w.emitted('change')).toEqual([[{ basis: { yes: true }, value: 1 }], [{ basis: { yes: false }, value: 0 }]])
    })

    it.each([
      ['1 point', answer(1, true), [true, false]],
      ['0 points', answer(0, false), [false, true]],
      ['points without a basis (from a file)', answer(1), [true, false]],
      ['the stored points over a stale basis', answer(0, true), [false, true]],
      ['nothing yet', undefined, [false, false]],
    ])('shows %s as the choice the points say', (_, a, checked) => {
      const w = mountItem(portal, a)
      const radios = w.findAll<HTMLInputElement>('[data-testid="checklist"] input[type="radio"]')
      expect(radios.map((r) => r.element.checked)).toEqual(checked)
    })

    it('a row worth more than its yes/no keeps its points box', () => {
      const w = mountItem({ ...portal, max: 10 })
      expect(w.find('[data-testid="checklist"]').exists()).toBe(false)
      expect(w.find('#item-9_2-input').attributes('inputmode')).toBe('decimal')
    })
  })
})
