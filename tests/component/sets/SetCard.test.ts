import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { i18n } from '@/i18n'
import type { AvailableSet } from '@/stores/criteriaSets'
import SetCard from '@/components/sets/SetCard.vue'
import { tinySet } from '../../builders/criteriaSet'

// Vant's per-component CSS cannot be loaded by Node; the look is not under test here.

const mountCard = (entry: AvailableSet, refused = false) =>
  mount(SetCard, { props: { entry, refused }, global: { plugins: [i18n] } })

const partial = tinySet({ status: { provenance: 'unofficial', note: { vi: 'Bảng tái dựng một phần <i>chưa</i> đối chiếu' } } })

describe('SetCard', () => {
  it('shows identity, legal basis, school kinds, provenance and the honesty note of a built-in set', () => {
    const w = mountCard({ set: partial, source: 'built-in' })
    const text = w.text()
    expect(text).toContain('Bộ tiêu chí thử')
    expect(text).toContain('1.0.0')
    expect(text).toContain('1/QĐ-TEST ngày 02/01/2024 của Bộ Thử')
    expect(text).toContain('Tiểu học')
    expect(text).toContain('Có sẵn trong ứng dụng')
    expect(text).toContain('Chưa xác minh')
    expect(text).toContain('Bảng tái dựng một phần <i>chưa</i> đối chiếu')
    expect(w.find('i').exists()).toBe(false)
    // A built-in set can be exported, never deleted.
    expect(w.findAll('button').map((b) => b.text())).toEqual(['Xuất Excel — Bộ tiêu chí thử'])
  })

  it('asks for the set as a spreadsheet', async () => {
    const w = mountCard({ set: partial, source: 'built-in' })
    await w.find('button').trigger('click')
    expect(w.emitted('export')).toHaveLength(1)
  })

  it('shows each group with its maximum and its note', () => {
    const text = mountCard({ set: partial, source: 'built-in' }).text()
    expect(text).toContain('Nhóm A. Nhóm A')
    expect(text).toContain('2 tiêu chí · tối đa 100 điểm')
    expect(text).toContain('Các dòng đã biết cộng được 90 trên 100 điểm')
  })

  it('says so when a group without a note has criteria adding up to less than its maximum', () => {
    const set = tinySet()
    const groups = set.groups.map((g) => ({ ...g, note: undefined }))
    const text = mountCard({ set: { ...set, groups }, source: 'built-in' }).text()
    expect(text).toContain('Các tiêu chí trong bộ cộng lại 90 trên 100 điểm.')
  })

  it('offers deletion of a loaded set, says where it came from, and why deletion was refused', async () => {
    const w = mountCard({ set: partial, source: 'loaded', fileName: 'so-gd.json', loadedAt: '2026-03-05T08:00:00.000Z' }, true)
    expect(w.text()).toContain('Nạp từ tệp “so-gd.json” ngày 05/03/2026')
    expect(w.find('[role="alert"]').text()).toContain('đang được dùng')
    await w.findAll('button').find((b) => b.text() === 'Xóa bộ này')!.trigger('click')
    expect(w.emitted('remove')).toHaveLength(1)
    expect(w.emitted('export')).toBeUndefined()
  })
})
