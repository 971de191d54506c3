import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import type { Evidence } from '@/domain'
import { i18n } from '@/i18n'
import AddProgress from '@/components/evidence/AddProgress.vue'
import type { DuplicateFile } from '@/stores/evidence'

const kept: Evidence = { id: 'e1', assessmentId: 'a', code: 'MC1.7.02', title: 'Phòng tin học', kind: 'photo', itemIds: ['1.7.1'], addedAt: 'x', updatedAt: 'x' }
const mountIt = (duplicates: DuplicateFile[]) =>
  mount(AddProgress, { props: { progress: null, added: 0, rejected: [], duplicates, maxMb: 20 }, global: { plugins: [i18n] } })

describe('AddProgress: a photo already kept', () => {
  it('says in plain words where it already is, and what it was linked to', () => {
    const w = mountIt([
      { name: 'IMG_20261117_101500.jpg', of: kept, linkedItems: [] },
      { name: 'IMG_2.jpg', of: kept, linkedItems: ['1.7.2'] },
      { name: 'IMG_3.jpg', of: null, linkedItems: [] },
    ])
    const lines = w.get('[data-testid="duplicates"]').findAll('li').map((l) => l.text().replace(/\s+/g, ' '))
    expect(lines).toEqual([
      'IMG_20261117_101500.jpg: đã có trong minh chứng MC1.7.02 (chỉ số 1.7.1), nên không lưu thêm bản nữa.',
      'IMG_2.jpg: đã có trong minh chứng MC1.7.02 (chỉ số 1.7.1), nên không lưu thêm bản nữa. Đã gắn minh chứng MC1.7.02 cho chỉ số 1.7.2.',
      'IMG_3.jpg: cùng một ảnh được chọn hai lần; chỉ lưu một bản.',
    ])
    expect(w.get('[data-testid="duplicates"]').attributes('role')).toBe('status')
  })

  it('shows nothing about duplicates when there are none', () => {
    expect(mountIt([]).find('[data-testid="duplicates"]').exists()).toBe(false)
  })
})
