import { describe, expect, it } from 'vitest'
import { orderSetChoices } from '@/domain'

const s = (id: string, version: string, example = false) => ({ set: { id, version, example } })

describe('orderSetChoices', () => {
  it.each([
    {
      name: 'an example set is never the default, even when its id sorts first',
      sets: [s('tt37-portal', '1.0.0'), s('a-example', '1.0.0', true), s('qd-4725', '1.0.0')],
      order: ['qd-4725@1.0.0', 'tt37-portal@1.0.0', 'a-example@1.0.0'],
      byDefault: 'qd-4725@1.0.0',
    },
    {
      name: 'the newest version of a set comes first, by number not by text',
      sets: [s('qd-4725', '1.2.0'), s('qd-4725', '1.10.0'), s('qd-4725', '1.9.1')],
      order: ['qd-4725@1.10.0', 'qd-4725@1.9.1', 'qd-4725@1.2.0'],
      byDefault: 'qd-4725@1.10.0',
    },
    {
      name: 'a pre-release suffix does not change the order of the numbers',
      sets: [s('x', '2.0.0-draft'), s('x', '1.5.0')],
      order: ['x@2.0.0-draft', 'x@1.5.0'],
      byDefault: 'x@2.0.0-draft',
    },
    {
      name: 'only examples: listed, none chosen',
      sets: [s('b', '1.0.0', true), s('a', '1.0.0', true)],
      order: ['a@1.0.0', 'b@1.0.0'],
      byDefault: undefined,
    },
    { name: 'no sets', sets: [], order: [], byDefault: undefined },
  ])('$name', ({ sets, order, byDefault }) => {
    const r = orderSetChoices(sets)
    expect(r.ordered.map((x) => `${x.set.id}@${x.set.version}`)).toEqual(order)
    expect(r.byDefault && `${r.byDefault.set.id}@${r.byDefault.set.version}`).toBe(byDefault)
  })

  it('leaves the given list as it was', () => {
    const sets = [s('b', '1.0.0'), s('a', '1.0.0')]
    orderSetChoices(sets)
    expect(sets.map((x) => x.set.id)).toEqual(['b', 'a'])
  })
})
