import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { idMap, type Item, type LastYearRow } from '@/domain'
import { i18n } from '@/i18n'
import { useLastYearStore } from '@/stores/lastYear'
import LastYearValue from '@/components/indicator/LastYearValue.vue'

const points: Item = { id: '1.4', kind: 'points', text: { vi: 'Học liệu số' }, provenance: 'unofficial', max: 10, step: 1 }
const portal: Item = { ...points, id: '9.2', max: 1, suggest: { from: 'yes-no', provenance: 'inferred' } }
const condition: Item = { id: '1.1', kind: 'condition', text: { vi: 'Có kế hoạch' }, provenance: 'official' }
const info: Item = { id: '1.3.2', kind: 'info', text: { vi: 'Tên LMS' }, provenance: 'translated' }

function mountRow(item: Item, row: LastYearRow | undefined, year: string | null = '2025-2026') {
  const store = useLastYearStore()
  store.schoolYear = year
  store.rows = row ? idMap([[item.id, row]]) : idMap()
  return mount(LastYearValue, { props: { item }, global: { plugins: [i18n] } })
}

beforeEach(() => setActivePinia(createPinia()))

describe('LastYearValue: last year beside the row', () => {
  it.each([
    ['points', points, { value: 7, changedRow: false }, 'Năm học 2025-2026: 7 điểm'],
    ['a met condition', condition, { value: true, changedRow: false }, 'Năm học 2025-2026: Đạt'],
    ['an unmet condition', condition, { value: false, changedRow: false }, 'Năm học 2025-2026: Chưa đạt'],
    ['a checklist row', portal, { value: 1, changedRow: false }, 'Năm học 2025-2026: Đạt'],
    ['a fact, as text', info, { value: '<b>K12Online</b>', changedRow: false }, 'Năm học 2025-2026: <b>K12Online</b>'],
    ['no answer', points, { value: null, changedRow: false }, 'Năm học 2025-2026: chưa trả lời'],
  ] as const)('%s', (_, item, row, text) => {
    const w = mountRow(item, row)
    expect(w.text()).toBe(text)
    expect(w.find('b').exists()).toBe(false)
  })

  it('a row that changed since last year says so', () => {
    const w = mountRow(points, { value: 8, changedRow: true })
    expect(w.text()).toContain('Năm học 2025-2026: 8 điểm')
    expect(w.text()).toContain('đã thay đổi so với năm trước')
  })

  it('shows nothing for a row new this year, or when there is no earlier year', () => {
    expect(mountRow(points, undefined).html()).not.toContain('Năm học')
    expect(mountRow(points, { value: 8, changedRow: false }, null).html()).not.toContain('Năm học')
  })
})
