import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { i18n } from '@/i18n'
import type { GroupScore } from '@/domain'
import GroupTotalBar from '@/components/assessment/GroupTotalBar.vue'

const score: GroupScore = {
  id: '1',
  points: 47,
  max: 100,
  knownMax: 100,
  band: null,
  level: null,
  capped: false,
  gate: 'open' as GroupScore['gate'],
  unmetConditions: [],
  unanswered: ['1.2'],
  answered: 3,
  total: 4,
  criteria: [],
}

describe('GroupTotalBar: the sticky total', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('keeps one line once the page is scrolled, and its full size back at the top', async () => {
    const w = mount(GroupTotalBar, { props: { score }, global: { plugins: [i18n] }, attachTo: document.body })
    expect(w.get('.total').attributes('data-compact')).toBe('false')
    expect(w.get('[data-testid="group-progress"]').text()).toContain('3/4')
    window.scrollY = 400
    window.dispatchEvent(new Event('scroll'))
    await w.vm.$nextTick()
    expect(w.get('.total').attributes('data-compact')).toBe('true')
    expect(w.get('[data-testid="group-total"]').text()).toContain('47/100')
    window.scrollY = 0
    window.dispatchEvent(new Event('scroll'))
    await w.vm.$nextTick()
    expect(w.get('.total').attributes('data-compact')).toBe('false')
    w.unmount()
  })
})
