import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { i18n } from '@/i18n'
import EvidencePicker from '@/components/evidence/EvidencePicker.vue'

const mountPicker = (preferLink = false) =>
  mount(EvidencePicker, { props: { idPrefix: 'p', preferLink, busy: false }, global: { plugins: [i18n] }, attachTo: document.body })

function pick(input: HTMLInputElement, files: File[]) {
  Object.defineProperty(input, 'files', { value: files, configurable: true })
  input.dispatchEvent(new Event('change'))
}

describe('EvidencePicker', () => {
  it('offers the camera (one photo), the gallery (several) and a document file (PDF or picture)', () => {
    const w = mountPicker()
    const [camera, gallery, doc] = w.findAll('input[type="file"]').map((x) => x.element as HTMLInputElement)
    expect([camera?.accept, camera?.getAttribute('capture'), camera?.multiple]).toEqual(['image/*', 'environment', false])
    expect([gallery?.accept, gallery?.hasAttribute('capture'), gallery?.multiple]).toEqual(['image/*', false, true])
    expect([doc?.accept, doc?.multiple]).toEqual(['application/pdf,image/*', false])
    w.unmount()
  })

  it('hands over every picked photo at once, and a single document', () => {
    const w = mountPicker()
    const [, gallery, doc] = w.findAll('input[type="file"]').map((x) => x.element as HTMLInputElement)
    const files = [new File(['a'], 'a.jpg'), new File(['b'], 'b.jpg'), new File(['c'], 'c.heic')]
    pick(gallery!, files)
    pick(doc!, [new File(['%PDF-'], 'kh.pdf', { type: 'application/pdf' })])
    expect(w.emitted('photos')).toEqual([[files]])
    expect((w.emitted('document')?.[0]?.[0] as File).name).toBe('kh.pdf')
    w.unmount()
  })

  it('opens on the link form for rows asking for external links, and refuses what is not a web address', async () => {
    const w = mountPicker(true)
    expect(w.text()).toContain('liên kết ngoài')
    await w.get('#p-link-url').setValue('javascript:alert(1)')
    await w.get('form').trigger('submit')
    expect(w.emitted('link')).toBeUndefined()
    expect(w.text()).toContain('Địa chỉ chưa đúng')
    expect(w.get('#p-link-url').attributes('aria-invalid')).toBe('true')
    await w.get('#p-link-url').setValue('k12online.vn/lop-5a')
    await w.get('#p-link-title').setValue('Lớp 5A')
    await w.get('form').trigger('submit')
    expect(w.emitted('link')).toEqual([['k12online.vn/lop-5a', 'Lớp 5A']])
    w.unmount()
  })

  it('records a paper document by reference, its summary required', async () => {
    const w = mountPicker()
    expect(w.find('#p-paper-summary').exists()).toBe(false)
    await w.findAll('button').find((b) => b.text() === 'Văn bản giấy')!.trigger('click')
    await w.get('#p-paper-number').setValue('12/KH-THVT')
    await w.get('form').trigger('submit')
    expect(w.emitted('paper')).toBeUndefined()
    expect(w.text()).toContain('Hãy nhập trích yếu')
    await w.get('#p-paper-date').setValue('2025-09-05')
    await w.get('#p-paper-issuer').setValue('Hiệu trưởng')
    await w.get('#p-paper-summary').setValue('Kế hoạch dạy học trực tuyến')
    await w.get('form').trigger('submit')
    expect(w.emitted('paper')).toEqual([[{ number: '12/KH-THVT', date: '2025-09-05', issuer: 'Hiệu trưởng', summary: 'Kế hoạch dạy học trực tuyến' }]])
    w.unmount()
  })
})
