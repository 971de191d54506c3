import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import type { Evidence } from '@/domain'
import { i18n } from '@/i18n'
import CaptionForm from '@/components/evidence/CaptionForm.vue'

const photo = (id: string, code: string, title: string): Evidence => ({
  id,
  assessmentId: 'a',
  code,
  title,
  kind: 'photo',
  itemIds: ['1.6.1'],
  addedAt: 'x',
  updatedAt: 'x',
})

const mountForm = (items: Evidence[]) => mount(CaptionForm, { props: { items, idPrefix: 'add-1_6_1', maxLength: 200 }, global: { plugins: [i18n] } })

describe('CaptionForm: a caption right after the capture', () => {
  it('shows each new photo with its title already filled from the row', () => {
    const w = mountForm([photo('e1', 'MC1.6.01', 'Ảnh minh chứng chỉ số 1.6.1 – Tỷ lệ giáo viên'), photo('e2', 'MC1.6.02', '<b>x</b>')])
    const fields = w.findAll('textarea')
    expect(fields.map((f) => f.element.value)).toEqual(['Ảnh minh chứng chỉ số 1.6.1 – Tỷ lệ giáo viên', '<b>x</b>'])
    expect(w.get('label[for="add-1_6_1-caption-0"]').text()).toBe('Mô tả ảnh MC1.6.01')
    expect(w.find('b').exists()).toBe(false)
  })

  it('saves only the captions the user changed, trimmed; a blank one keeps its title', async () => {
    const w = mountForm([photo('e1', 'MC1.6.01', 'A'), photo('e2', 'MC1.6.02', 'B'), photo('e3', 'MC1.6.03', 'C')])
    const [a, , c] = w.findAll('textarea')
    await a!.setValue('  Phòng tin học tầng 2 ')
    await c!.setValue('   ')
    await w.get('form').trigger('submit')
    expect(w.emitted('save')).toEqual([[[{ id: 'e1', title: 'Phòng tin học tầng 2' }]]])
  })
})
