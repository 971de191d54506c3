import { describe, expect, it } from 'vitest'
import {
  baseFor,
  landsOn,
  mayRedo,
  newTabWrites,
  nextVersion,
  noteLanded,
  shownAfterRead,
  versionOf,
  idMap,
  type Answer,
  type RowField,
} from '@/domain'

const T0 = '2026-11-25T08:00:00.000Z'
const T1 = '2026-11-25T08:00:01.000Z'
const T2 = '2026-11-25T08:00:02.000Z'
const row = (itemId: string, updatedAt: string, over: Partial<Answer> = {}): Answer => ({
  assessmentId: 'a1',
  itemId,
  value: null,
  note: '',
  updatedAt,
  ...over,
})
const shownOf = (...rows: Answer[]) => idMap(rows.map((r) => [r.itemId, r] as const))

describe('a change lands only on the row it was made on', () => {
  it.each([
    ['no row, made on no row', undefined, null, true],
    ['no row, made on a row since removed', undefined, T0, false],
    ['the same version', row('1', T0), T0, true],
    ['a row written meanwhile', row('1', T1), T0, false],
    ['a row appeared meanwhile', row('1', T0), null, false],
    ['an older row restored under it', row('1', T0), T1, false],
  ] as const)('%s', (_, stored, base, lands) => {
    expect(landsOn(stored, base)).toBe(lands)
    expect(versionOf(stored)).toBe(stored?.updatedAt ?? null)
  })
})

describe('a new write’s version', () => {
  it.each([
    ['the clock after the base: now', T1, T0, T1],
    ['no base: now', T0, null, T0],
    ['the same millisecond as the base: one after', T0, T0, '2026-11-25T08:00:00.001Z'],
    ['the clock set back: one after the base', T0, T2, '2026-11-25T08:00:02.001Z'],
    ['a base that is no date: now', T0, 'x', T0],
  ] as const)('%s', (_, now, base, expected) => {
    const v = nextVersion(now, base)
    expect(v).toBe(expected)
    expect(v).not.toBe(base)
  })
})

describe('a tab’s own run of writes on a row', () => {
  it('a change typed on a version this tab replaced itself is made on its latest one', () => {
    const tab = newTabWrites()
    noteLanded(tab, '1', null, T0)
    noteLanded(tab, '1', T0, T1)
    expect([null, T0, T1].map((v) => baseFor(tab, '1', v))).toEqual([T1, T1, T1])
    // Another writer's version, or another row, is left as seen.
    expect(baseFor(tab, '1', T2)).toBe(T2)
    expect(baseFor(tab, '2', T0)).toBe(T0)
  })

  it('a read from before the tab’s own write does not take that write off the screen', () => {
    const tab = newTabWrites()
    const mine = row('1', T1, { value: 5 })
    noteLanded(tab, '1', T0, T1)
    const shown = shownOf(mine)
    expect(shownAfterRead(tab, shown, [row('1', T0, { value: 3 })])).toBe(shown)
    // Nor a read from before its first write of the row.
    const tab2 = newTabWrites()
    noteLanded(tab2, '1', null, T1)
    expect(shownAfterRead<Answer>(tab2, shown, [])).toBe(shown)
  })

  it('shows what another writer stored, and ends the tab’s own run on that row', () => {
    const tab = newTabWrites()
    noteLanded(tab, '1', T0, T1)
    const theirs = row('1', T2, { value: 7 })
    const next = shownAfterRead(tab, shownOf(row('1', T1, { value: 5 })), [theirs])
    expect(next['1']).toBe(theirs)
    expect(baseFor(tab, '1', T0)).toBe(T0)
    // A row removed elsewhere goes from the screen too.
    expect(Object.keys(shownAfterRead<Answer>(newTabWrites(), shownOf(theirs), []))).toEqual([])
  })

  it('keeps the objects of rows that did not change, and the whole map when nothing did', () => {
    const a = row('1', T0)
    const b = row('2', T0)
    const shown = shownOf(a, b)
    expect(shownAfterRead(newTabWrites(), shown, [{ ...a }, { ...b }])).toBe(shown)
    const next = shownAfterRead(newTabWrites(), shown, [{ ...a }, row('2', T1, { value: 1 })])
    expect(next['1']).toBe(a)
    expect(next['2']?.value).toBe(1)
  })

  it('rows with ids like constructor are data, not keys of a plain object', () => {
    const tab = newTabWrites()
    const r = row('constructor', T0, { value: 2 })
    expect(shownAfterRead(tab, idMap<Answer>(), [r]).constructor).toBe(r)
  })
})

describe('a change that lost its race is made again only if the other writer left its fields alone', () => {
  const stored = row('1', T1, { value: 4, note: 'ghi chú của thẻ kia', basis: { yes: true } })
  it.each<[string, Partial<Answer>, RowField[], boolean]>([
    ['the other tab wrote the note, this one the points', { value: 4, note: '' }, ['value'], true],
    ['both wrote the points', { value: 3 }, ['value'], false],
    ['both wrote the note', { note: '' }, ['note'], false],
    ['the note, compared in NFC', { note: 'ghi chú của thẻ kia'.normalize('NFD') }, ['note'], true],
    ['the basis changed under a basis change', { value: 4, basis: { yes: false } }, ['value', 'basis'], false],
    ['the basis as it was', { value: 4, basis: { yes: true } }, ['value', 'basis'], true],
  ])('%s', (_, start, fields, redo) => {
    expect(mayRedo(start, stored, fields)).toBe(redo)
  })

  it('a row removed meanwhile counts as empty', () => {
    expect(mayRedo({ value: null, note: '' }, undefined, ['value', 'note'])).toBe(true)
    expect(mayRedo({ value: 2 }, undefined, ['value'])).toBe(false)
  })
})
