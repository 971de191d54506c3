/**
 * The school's figures in Phần I of the accreditation self-evaluation report (cơ sở dữ liệu): classes
 * and pupils per grade, the staff, the rooms. Which rows a table has depends on the school's kind;
 * the figures are kept in one record field (`statistics`), one `table.row.column=value` line each,
 * so they travel with the record's other fields (saving on change, backups, exchange files).
 *
 * The circulars' guidance shows these tables over several school years with more columns; their
 * exact layout is not known to this app, so the report prints the year assessed only, with the
 * columns below.
 */
import type { SchoolKind } from '../criteria/schema'

export type StatTableId = 'classes' | 'staff' | 'rooms'

export interface StatTable {
  id: StatTableId
  /** Row ids, in print order (grades are `g1` … `g12`; mầm non `nursery`, `kindergarten`). */
  rows: readonly string[]
  /** Column ids a school fills in. */
  columns: readonly string[]
  /** Whether the table prints a total row (sums of the column), and a total column (sum of the row). */
  totalRow: boolean
  totalColumn: boolean
}

const grades = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `g${from + i}`)

const GRADE_ROWS: Readonly<Record<SchoolKind, readonly string[]>> = {
  'mam-non': ['nursery', 'kindergarten'],
  'tieu-hoc': grades(1, 5),
  thcs: grades(6, 9),
  thpt: grades(10, 12),
  'lien-cap': grades(1, 12),
  gdtx: grades(6, 12),
}

/** The tables of Phần I for a school of this kind. */
export function statisticsTables(kind: SchoolKind): StatTable[] {
  return [
    { id: 'classes', rows: GRADE_ROWS[kind], columns: ['classes', 'pupils'], totalRow: true, totalColumn: false },
    { id: 'staff', rows: ['managers', 'teachers', 'staff'], columns: ['total', 'women', 'qualified'], totalRow: true, totalColumn: false },
    { id: 'rooms', rows: ['classrooms', 'functional', 'admin'], columns: ['solid', 'semiSolid', 'temporary'], totalRow: false, totalColumn: true },
  ]
}

/** Longest figure accepted: a count, not a sentence. */
export const STAT_MAX_DIGITS = 6

/** The key of one cell in the stored text. */
export const statKey = (table: StatTableId, row: string, column: string) => `${table}.${row}.${column}`

const LINE = /^([a-z]+\.[a-z0-9]+\.[a-zA-Z]+)=(\d{1,6})$/

/**
 * The figures in the stored text: cell key → count. Lines that are not `key=digits` are ignored, so a
 * hand-edited or damaged field never stops the report.
 */
export function parseStatistics(text: string): Map<string, number> {
  const out = new Map<string, number>()
  for (const line of text.split('\n')) {
    const m = LINE.exec(line.trim())
    if (m?.[1] && m[2] !== undefined) out.set(m[1], Number(m[2]))
  }
  return out
}

/** The stored text of some figures, in a fixed order (the same figures always give the same text). */
export function writeStatistics(values: ReadonlyMap<string, number>): string {
  return [...values.entries()]
    .filter(([k, v]) => LINE.test(`${k}=${v}`))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('\n')
}

/**
 * What the user typed in a cell, as a count: digits only (spaces and dots of thousands allowed);
 * null for an empty cell, undefined for something that is not a count.
 */
export function readStatCell(typed: string): number | null | undefined {
  const t = typed.replace(/[\s.]/g, '')
  if (t === '') return null
  if (!/^\d+$/.test(t) || t.length > STAT_MAX_DIGITS) return undefined
  return Number(t)
}

/** The stored text with one cell set (a number) or cleared (null). */
export function setStatCell(text: string, key: string, value: number | null): string {
  const values = parseStatistics(text)
  if (value === null) values.delete(key)
  else values.set(key, value)
  return writeStatistics(values)
}

/** The cells of this kind's tables that are still empty. */
export function statisticsBlanks(text: string, kind: SchoolKind): string[] {
  const values = parseStatistics(text)
  return statisticsTables(kind).flatMap((t) =>
    t.rows.flatMap((r) => t.columns.map((c) => statKey(t.id, r, c)).filter((k) => !values.has(k))),
  )
}

/** A column's sum over the rows, or null when a cell of it is empty (a partial sum would mislead). */
export function columnTotal(values: ReadonlyMap<string, number>, table: StatTable, column: string): number | null {
  let sum = 0
  for (const r of table.rows) {
    const v = values.get(statKey(table.id, r, column))
    if (v === undefined) return null
    sum += v
  }
  return sum
}

/** A row's sum over the columns, or null when a cell of it is empty. */
export function rowTotal(values: ReadonlyMap<string, number>, table: StatTable, row: string): number | null {
  let sum = 0
  for (const c of table.columns) {
    const v = values.get(statKey(table.id, row, c))
    if (v === undefined) return null
    sum += v
  }
  return sum
}
