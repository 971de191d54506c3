import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { i18n } from '@/i18n'
import { useAssessmentStore } from '@/stores/assessment'
import LostWrites from '@/components/assessment/LostWrites.vue'

describe('LostWrites', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('shows nothing while no change of this tab was overtaken', () => {
    expect(mount(LostWrites, { global: { plugins: [i18n] } }).find('[data-testid="lost-writes"]').exists()).toBe(false)
  })

  it('names each overtaken change’s chỉ số and what was entered, as text, and lets the user drop it', async () => {
    const store = useAssessmentStore()
    store.lost = [
      { itemId: '1.4', change: { note: '<b>Ghi chú</b> của tôi' } },
      { itemId: '2.3.3', change: { value: 7.5, basis: { yes: true } } },
      { itemId: '1.1', change: { value: null } },
    ]
    const w = mount(LostWrites, { global: { plugins: [i18n] } })
    const rows = w.findAll('.lost__row')
    expect(rows.map((r) => r.get('.lost__title').text())).toEqual([
      'Chỉ số 1.4: thay đổi của bạn chưa được lưu',
      'Chỉ số 2.3.3: thay đổi của bạn chưa được lưu',
      'Chỉ số 1.1: thay đổi của bạn chưa được lưu',
    ])
    expect(rows.map((r) => r.get('.lost__entered').text())).toEqual([
      'Bạn đã nhập: <b>Ghi chú</b> của tôi',
      'Bạn đã nhập: 7,5 · Có',
      'Bạn đã nhập: (để trống)',
    ])
    expect(w.find('b').exists()).toBe(false)
    expect(w.get('[data-testid="lost-writes"]').attributes('role')).toBe('alert')
    await rows[0]!.get('button:nth-child(2)').trigger('click')
    expect(store.lost.map((l) => l.itemId)).toEqual(['2.3.3', '1.1'])
  })
})
