import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { i18n } from '@/i18n'
import GroupSource from '@/components/indicator/GroupSource.vue'
import { tinySet } from '../../builders/criteriaSet'

describe('GroupSource', () => {
  it('counts the group’s rows by source in one place, with the group’s and criteria’s notes', () => {
    const set = tinySet()
    const group = { ...set.groups[0]!, note: { vi: 'Nhóm này còn thiếu 10 điểm.' } }
    group.criteria = group.criteria.map((c, i) => (i === 0 ? { ...c, note: { vi: 'Ghi chú nguồn của tiêu chí.' } } : c))
    const w = mount(GroupSource, { props: { set, group }, global: { plugins: [i18n] } })
    const total = group.criteria.flatMap((c) => c.items).length
    const counted = [...w.text().matchAll(/(\d+) chỉ số:/g)].reduce((s, m) => s + Number(m[1]), 0)
    expect(counted).toBe(total)
    expect(w.text()).toContain('Nhóm này còn thiếu 10 điểm.')
    expect(w.text()).toContain('Ghi chú nguồn của tiêu chí.')
    expect(w.get('summary').text()).toBe('ⓘ Nguồn của các chỉ số trong nhóm này')
  })
})
