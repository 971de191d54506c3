import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { planNextLevels, type CriteriaSet } from '@/domain'
import { i18n } from '@/i18n'
import GroupPlan from '@/components/planner/GroupPlan.vue'
import { band, tinySet } from '../../builders/criteriaSet'

function mountPlan(set: CriteriaSet, answers: Record<string, number | boolean>) {
  const plan = planNextLevels(set, answers)[0]!
  return mount(GroupPlan, {
    props: {
      group: set.groups[0]!,
      plan,
      tried: { points: plan.points, level: plan.level, bandLabel: null },
      whatIf: new Map(),
      current: (id: string) => (typeof answers[id] === 'number' ? (answers[id]) : 0),
      planned: new Set<string>(),
    },
    global: { plugins: [i18n] },
  })
}

describe('GroupPlan', () => {
  it('a group with levels says the level and what the next one takes', () => {
    const w = mountPlan(tinySet(), { A1: true, 'A2.1': 40 })
    expect(w.text()).toContain('Mức 1')
    expect(w.find('[data-testid="plan-needed"]').exists()).toBe(true)
    expect(w.find('[data-testid="plan-no-levels"]').exists()).toBe(false)
  })

  it('a set with one band for every score shows no level and no "highest level", only the points', () => {
    const base = tinySet()
    const set: CriteriaSet = { ...base, groups: base.groups.map((g) => ({ ...g, bands: [{ ...band(1, 0, true, 100, true), label: { vi: 'Không chia mức' } }] })) }
    const w = mountPlan(set, { A1: true, 'A2.1': 40 })
    expect(w.text()).not.toContain('Mức 1')
    expect(w.find('[data-testid="plan-top"]').exists()).toBe(false)
    expect(w.get('[data-testid="plan-no-levels"]').text()).toContain('không chia mức')
    expect(w.text()).toContain('A2.2')
  })
})
