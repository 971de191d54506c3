/** Phần I's figures: which cells a school of each kind fills, how they are kept, and what is blank. */
import { describe, expect, it } from 'vitest'
import type { SchoolKind } from '@/domain/criteria/schema'
import {
  columnTotal,
  parseStatistics,
  readStatCell,
  rowTotal,
  setStatCell,
  statisticsBlanks,
  statisticsTables,
  statKey,
} from '@/domain/record/statistics'

describe('statisticsTables', () => {
  it.each<[SchoolKind, string[]]>([
    ['tieu-hoc', ['g1', 'g2', 'g3', 'g4', 'g5']],
    ['thcs', ['g6', 'g7', 'g8', 'g9']],
    ['thpt', ['g10', 'g11', 'g12']],
    ['mam-non', ['nursery', 'kindergarten']],
  ])('a %s school lists its own grades', (kind, rows) => {
    expect(statisticsTables(kind).find((t) => t.id === 'classes')?.rows).toEqual(rows)
  })

  it('has the same staff and room tables for every kind', () => {
    const ids = (k: SchoolKind) => statisticsTables(k).map((t) => [t.id, t.rows.length, t.columns.length])
    expect(ids('thcs').slice(1)).toEqual(ids('mam-non').slice(1))
  })
})

describe('readStatCell', () => {
  it.each<[string, number | null | undefined]>([
    ['12', 12],
    [' 1 204 ', 1204],
    ['1.204', 1204],
    ['0', 0],
    ['', null],
    ['   ', null],
    ['-3', undefined],
    ['12a', undefined],
    ['3,5', undefined],
    ['1234567', undefined],
  ])('%j → %j', (typed, expected) => {
    expect(readStatCell(typed)).toBe(expected)
  })
})

describe('the stored text', () => {
  it('keeps each figure on its own line, in a fixed order, and clears a cell', () => {
    let text = ''
    text = setStatCell(text, 'staff.teachers.total', 24)
    text = setStatCell(text, 'classes.g1.pupils', 105)
    text = setStatCell(text, 'classes.g1.classes', 3)
    expect(text).toBe('classes.g1.classes=3\nclasses.g1.pupils=105\nstaff.teachers.total=24')
    text = setStatCell(text, 'classes.g1.pupils', null)
    expect(text).toBe('classes.g1.classes=3\nstaff.teachers.total=24')
  })

  it.each<[string, [string, number][]]>([
    ['classes.g1.classes=3', [['classes.g1.classes', 3]]],
    ['classes.g1.classes=3\n\njunk\nrooms.admin.solid=x\n<b>=1', [['classes.g1.classes', 3]]],
    ['  staff.teachers.women=18  ', [['staff.teachers.women', 18]]],
    ['classes.g1.classes=1234567', []],
    ['', []],
  ])('reads %j, ignoring what is not a figure', (text, expected) => {
    expect([...parseStatistics(text)]).toEqual(expected)
  })
})

describe('blanks and totals', () => {
  const filled = (kind: SchoolKind, skip: string[] = []) =>
    statisticsTables(kind)
      .flatMap((t) => t.rows.flatMap((r) => t.columns.map((c) => statKey(t.id, r, c))))
      .filter((k) => !skip.includes(k))
      .map((k) => `${k}=2`)
      .join('\n')

  it.each<[string, SchoolKind, string, number]>([
    ['nothing typed', 'tieu-hoc', '', 5 * 2 + 3 * 3 + 3 * 3],
    ['everything typed', 'tieu-hoc', filled('tieu-hoc'), 0],
    ['one cell left', 'thpt', filled('thpt', ['rooms.admin.temporary']), 1],
    ['figures of another kind do not count', 'thcs', filled('tieu-hoc'), 4 * 2],
  ])('%s: %s has %i empty cells', (_why, kind, text, n) => {
    expect(statisticsBlanks(text, kind)).toHaveLength(n)
  })

  it('totals a column or a row only when all its cells are filled', () => {
    const [classes, , rooms] = statisticsTables('thpt')
    const values = parseStatistics('classes.g10.pupils=120\nclasses.g11.pupils=110\nclasses.g12.pupils=98\nclasses.g10.classes=3\nrooms.classrooms.solid=20\nrooms.classrooms.semiSolid=4\nrooms.classrooms.temporary=0')
    expect(columnTotal(values, classes!, 'pupils')).toBe(328)
    expect(columnTotal(values, classes!, 'classes')).toBeNull()
    expect(rowTotal(values, rooms!, 'classrooms')).toBe(24)
    expect(rowTotal(values, rooms!, 'admin')).toBeNull()
  })
})
