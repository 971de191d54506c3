import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { parseCriteriaSet, type CriteriaSetError } from '@/domain'
import { i18n } from '@/i18n'
import SetImportErrors from '@/components/sets/SetImportErrors.vue'
import { tinySetJson } from '../../builders/criteriaSet'

const err = (code: CriteriaSetError['code'], path: string, params: CriteriaSetError['params'] = {}): CriteriaSetError => ({
  code,
  path,
  detail: '',
  params,
})

function mountErrors(props: { fileName: string; errors: CriteriaSetError[]; limit?: number }) {
  return mount(SetImportErrors, { props, global: { plugins: [i18n] } })
}

afterEach(() => {
  i18n.global.locale.value = 'vi'
})

describe('SetImportErrors', () => {
  it('names the file, says what is wrong in plain words, where, and what to do', () => {
    const w = mountErrors({
      fileName: 'bo-tieu-chi.json',
      errors: [
        err('duplicate-id', 'groups[0].criteria[1].items[1].id', { id: 'A2.1', first: 'groups[0].criteria[1].items[0].id' }),
        err('items-exceed-criterion', 'groups[1].criteria[0].max', { sum: 95, max: 90 }),
      ],
    })
    expect(w.attributes('role')).toBe('alert')
    const text = w.text()
    expect(text).toContain('Không nạp được tệp “bo-tieu-chi.json”')
    expect(text).toContain('Mã “A2.1” bị trùng (đã dùng ở Nhóm 1 › Tiêu chí 2 › Chỉ số 1)')
    expect(text).toContain('Điểm các dòng cộng lại 95, vượt điểm tối đa 90 của tiêu chí')
    expect(text).toContain('Nhóm 2 › Tiêu chí 1')
    expect(text).toContain('groups[1].criteria[0].max')
    expect(text).toContain('Kiểm tra lại tệp hoặc hỏi nơi đã gửi tệp')
    expect(w.findAll('li')).toHaveLength(2)
  })

  it('shows markup from the file and its name as literal text, never as HTML', () => {
    const s = tinySetJson()
    s.version = '<img src=x onerror=alert(1)>'
    const r = parseCriteriaSet(s)
    expect(r.ok).toBe(false)
    const w = mountErrors({ fileName: '<b>bold</b>.json', errors: r.ok ? [] : r.errors })
    expect(w.find('img').exists()).toBe(false)
    expect(w.find('b').exists()).toBe(false)
    expect(w.text()).toContain('<b>bold</b>.json')
    expect(w.text()).toContain('"<img src=x onerror=alert(1)>"')
  })

  it('shows at most the limit, then how many more', () => {
    const errors = Array.from({ length: 25 }, (_, i) => err('unknown-field', `extra${i}`))
    const w = mountErrors({ fileName: 'x.json', errors })
    expect(w.findAll('li')).toHaveLength(20)
    expect(w.text()).toContain('và 5 lỗi khác')
  })

  it('speaks English when the UI is in English, with English number formats', () => {
    i18n.global.locale.value = 'en'
    const w = mountErrors({ fileName: 'x.json', errors: [err('max-not-a-step', 'groups[0].criteria[0].items[0].max', { max: 2.5, step: 1 })] })
    expect(w.text()).toContain('The maximum 2.5 is not a multiple of the point step 1.')
    expect(w.text()).toContain('Check the file, or ask whoever sent it.')
  })

  it('uses Vietnamese number formats in Vietnamese', () => {
    const w = mountErrors({ fileName: 'x.json', errors: [err('max-not-a-step', 'groups[0].criteria[0].items[0].max', { max: 2.5, step: 1 })] })
    expect(w.text()).toContain('Điểm tối đa 2,5 không chia hết cho bước điểm 1.')
  })
})
