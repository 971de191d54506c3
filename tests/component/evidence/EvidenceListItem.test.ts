import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { i18n } from '@/i18n'
import type { Evidence } from '@/domain'
import EvidenceListItem from '@/components/evidence/EvidenceListItem.vue'
import EvidenceEditForm from '@/components/evidence/EvidenceEditForm.vue'

const photo: Evidence = {
  id: 'e1',
  assessmentId: 'a1',
  code: 'MC1.3.01',
  title: 'Lớp 5A <b>học</b> trực tuyến',
  kind: 'photo',
  itemIds: ['1.3.1', '1.3.3'],
  capturedAt: '2025-10-02T08:04:05.000Z',
  file: { id: 'f1', mime: 'image/jpeg', size: 200_000, width: 2048, height: 1536, name: 'lop5a.jpg' },
  addedAt: '2025-10-02T08:10:00.000Z',
  updatedAt: '2025-10-02T08:10:00.000Z',
}

describe('EvidenceListItem', () => {
  afterEach(() => vi.restoreAllMocks())

  it('shows code, title as text, kind, rows and who added it', async () => {
    const w = mount(EvidenceListItem, { props: { evidence: photo }, global: { plugins: [i18n] } })
    expect(w.find('b').exists()).toBe(false)
    expect(w.text()).toContain('MC1.3.01 Lớp 5A <b>học</b> trực tuyến')
    expect(w.text()).toContain('Ảnh chụp · Chỉ số 1.3.1, 1.3.3')
    expect(w.text()).toContain('Hiệu trưởng')
    await w.get('button').trigger('click')
    expect(w.emitted('open')).toHaveLength(1)
  })

  it('shows the thumbnail from its Blob and gives the object URL back when it goes away', () => {
    const create = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:thumb-1')
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined)
    const thumb = new Blob(['jpeg'], { type: 'image/jpeg' })
    const w = mount(EvidenceListItem, { props: { evidence: photo, thumb }, global: { plugins: [i18n] } })
    expect(create).toHaveBeenCalledWith(thumb)
    expect(w.get('img').attributes('src')).toBe('blob:thumb-1')
    w.unmount()
    expect(revoke).toHaveBeenCalledWith('blob:thumb-1')
  })

  it('shows a tile naming the kind when there is no picture', () => {
    const link: Evidence = { ...photo, kind: 'link', file: undefined, url: 'https://k12online.vn' }
    const w = mount(EvidenceListItem, { props: { evidence: link }, global: { plugins: [i18n] } })
    expect(w.find('img').exists()).toBe(false)
    expect(w.text()).toContain('Link')
  })
})

describe('EvidenceEditForm', () => {
  it('refuses a code another evidence uses and saves a free one', async () => {
    const taken = new Set(['mc1.3.02'])
    const codeProblem = (c: string) => (taken.has(c.trim().toLowerCase()) ? ('duplicate' as const) : c.trim() ? null : ('empty' as const))
    const w = mount(EvidenceEditForm, { props: { evidence: photo, codeProblem, busy: false }, global: { plugins: [i18n] } })
    await w.get('#edit-e1-code').setValue('MC1.3.02')
    await w.get('form').trigger('submit')
    expect(w.emitted('save')).toBeUndefined()
    expect(w.text()).toContain('Mã này đã dùng cho minh chứng khác.')
    await w.get('#edit-e1-code').setValue('MC1.3.05')
    await w.get('#edit-e1-title').setValue('Giờ học trực tuyến lớp 5A')
    await w.get('form').trigger('submit')
    expect(w.emitted('save')).toEqual([['Giờ học trực tuyến lớp 5A', 'MC1.3.05']])
  })
})
