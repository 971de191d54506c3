/**
 * The roster: the schools a managing body expects results from, so the ones that have not
 * submitted are visible. It comes from a spreadsheet (xlsx or CSV, one school per row, the
 * columns found by their Vietnamese headers) or grows from arriving submissions. Every problem is
 * named by its cell (`C7`), the whole file is checked before anything is kept.
 */
import { SCHOOL_KINDS, type SchoolKind } from '../criteria/schema'
import type { IsoDateTime } from '../model'
import { entryPath, MAX_REPORTED_ERRORS, type ExchangeErrorCode, type ExchangeErrorParams } from '../exchange/errors'
import { cellAddress, cellText, matchKey, type Cell } from '../sheets/cells'

/**
 * Codes of a refused roster, in the exchange files' vocabulary (its shape, its messages) plus the
 * spreadsheet's own: a column not found, an empty cell, a school kind not recognised, no school.
 */
export type RosterErrorCode =
  | Extract<ExchangeErrorCode, 'invalid-field' | 'duplicate-id' | 'too-many-entries'>
  | 'missing-column'
  | 'empty-cell'
  | 'unknown-school-kind'
  | 'no-rows'

export interface RosterError {
  code: RosterErrorCode
  /** The file and cell: `ds-truong.xlsx:C7`. */
  path: string
  detail: string
  params: ExchangeErrorParams
}

const rosterError = (code: RosterErrorCode, path: string, detail: string, params: ExchangeErrorParams = {}): RosterError => ({ code, path, detail, params })

export interface RosterSchool {
  id: string
  campaignId: string
  name: string
  /** Mã trường; may be empty. */
  code: string
  kind: SchoolKind
  commune: string
  /** `roster`: from the imported list; `submission`: added when its submission arrived. */
  source: 'roster' | 'submission'
  /** The school's own id on its device, once a submission from it was matched to this row. */
  schoolId?: string
  addedAt: IsoDateTime
}

/** One school as read from the spreadsheet, with the row it came from (1-based, as shown). */
export interface RosterLine {
  name: string
  code: string
  kind: SchoolKind
  commune: string
  row: number
}

export const ROSTER_COLUMNS = ['name', 'code', 'kind', 'commune'] as const
export type RosterColumn = (typeof ROSTER_COLUMNS)[number]

/** The template's headers, in order; the reader also takes the other names below. */
export const ROSTER_HEADERS: Readonly<Record<RosterColumn, string>> = {
  name: 'Tên trường',
  code: 'Mã trường',
  kind: 'Cấp học',
  commune: 'Xã/phường',
}

const HEADER_NAMES: Readonly<Record<RosterColumn, readonly string[]>> = {
  name: ['ten truong', 'ten don vi', 'ten co so', 'ten co so giao duc', 'truong', 'ten', 'don vi', 'name', 'school'],
  code: ['ma truong', 'ma', 'ma don vi', 'ma co so', 'ma csdl', 'ma truong csdl', 'code', 'school code'],
  kind: ['cap hoc', 'loai hinh', 'loai truong', 'bac hoc', 'cap', 'loai', 'kind', 'level'],
  commune: ['xa phuong', 'xa', 'phuong', 'xa phuong dac khu', 'xa phuong thi tran', 'dia ban', 'don vi hanh chinh', 'commune', 'ward'],
}

/** How people write each school kind, as `matchKey` sees it. */
const KIND_NAMES: Readonly<Record<SchoolKind, readonly string[]>> = {
  'mam-non': ['mam non', 'mn', 'mau giao', 'nha tre', 'truong mam non', 'preschool'],
  'tieu-hoc': ['tieu hoc', 'th', 'truong tieu hoc', 'primary'],
  thcs: ['thcs', 'trung hoc co so', 'truong thcs', 'lower secondary'],
  thpt: ['thpt', 'trung hoc pho thong', 'truong thpt', 'upper secondary'],
  'lien-cap': ['lien cap', 'th va thcs', 'thcs va thpt', 'th thcs', 'thcs thpt', 'nhieu cap hoc', 'pho thong nhieu cap hoc', 'multi level'],
  gdtx: ['gdtx', 'giao duc thuong xuyen', 'trung tam gdtx', 'gdnn gdtx', 'continuing education'],
}

const KIND_BY_NAME = new Map<string, SchoolKind>(
  SCHOOL_KINDS.flatMap((k) => [[matchKey(k), k] as const, ...KIND_NAMES[k].map((n) => [n, k] as const)]),
)

/** A school kind from how a person wrote it (`Tiểu học`, `THCS`, `tieu-hoc`), or null. */
export function parseSchoolKind(text: string): SchoolKind | null {
  return KIND_BY_NAME.get(matchKey(text)) ?? null
}

/** Most schools one roster may hold (a province has a few thousand). */
export const MAX_ROSTER_ROWS = 10_000
/** Rows searched for the header line (a sheet often starts with a title). */
const HEADER_SEARCH_ROWS = 10
const LIMITS: Readonly<Record<RosterColumn, number>> = { name: 300, code: 60, kind: 60, commune: 300 }

/** A code compared the way people mean it: case, spaces and Unicode form aside. */
export const codeKey = (code: string) => code.normalize('NFC').replace(/\s+/g, '').toUpperCase()
/** A school without a code is told apart by name and commune. */
const nameKey = (name: string, commune: string) => `${matchKey(name)}|${matchKey(commune)}`

/**
 * Reads the roster from a sheet's cells. The header line is the first (of the first ten) that
 * names the school column; name and kind columns are required, code and commune optional. Empty
 * lines are skipped. `fileName` names the file in every error's place (`ds-truong.xlsx:C7`).
 */
export function parseRoster(rows: readonly (readonly Cell[])[], fileName: string): { ok: true; value: RosterLine[] } | { ok: false; errors: RosterError[] } {
  const at = (r: number, c: number) => entryPath(fileName, cellAddress(r, c))
  const headerRow = rows.slice(0, HEADER_SEARCH_ROWS).findIndex((r) => r.some((c) => HEADER_NAMES.name.includes(matchKey(cellText(c)))))
  if (headerRow < 0)
    return {
      ok: false,
      errors: [rosterError('missing-column', entryPath(fileName, 'A1'), `no header line names the school column ("${ROSTER_HEADERS.name}")`, { column: ROSTER_HEADERS.name })],
    }
  const header = rows[headerRow] ?? []
  const columns = new Map<RosterColumn, number>()
  header.forEach((c, i) => {
    const key = matchKey(cellText(c))
    const col = ROSTER_COLUMNS.find((k) => HEADER_NAMES[k].includes(key))
    if (col && !columns.has(col)) columns.set(col, i)
  })
  const errors: RosterError[] = []
  for (const required of ['name', 'kind'] as const)
    if (!columns.has(required))
      errors.push(rosterError('missing-column', at(headerRow, header.length), `no column "${ROSTER_HEADERS[required]}"`, { column: ROSTER_HEADERS[required] }))
  if (errors.length) return { ok: false, errors }

  const body = rows.slice(headerRow + 1)
  const filled = body.filter((r) => r.some((c) => cellText(c) !== '')).length
  if (filled > MAX_ROSTER_ROWS)
    return { ok: false, errors: [rosterError('too-many-entries', fileName, `${filled} schools, limit ${MAX_ROSTER_ROWS}`, { count: filled, limit: MAX_ROSTER_ROWS })] }

  const lines: RosterLine[] = []
  const seenCodes = new Map<string, string>()
  const seenNames = new Map<string, string>()
  body.forEach((r, j) => {
    const rowIndex = headerRow + 1 + j
    if (!r.some((c) => cellText(c) !== '')) return
    const value = (col: RosterColumn) => {
      const i = columns.get(col)
      return i === undefined ? '' : cellText(r[i])
    }
    const place = (col: RosterColumn) => at(rowIndex, columns.get(col) ?? 0)
    let bad = false
    for (const col of ROSTER_COLUMNS) {
      const text = value(col)
      if (text.length > LIMITS[col]) {
        errors.push(rosterError('invalid-field', place(col), `longer than ${LIMITS[col]} characters`, { column: ROSTER_HEADERS[col], limit: LIMITS[col] }))
        bad = true
      }
    }
    const name = value('name')
    if (name === '') {
      errors.push(rosterError('empty-cell', place('name'), 'the school has no name', { column: ROSTER_HEADERS.name }))
      bad = true
    }
    const kindText = value('kind')
    const kind = parseSchoolKind(kindText)
    if (!kind) {
      errors.push(
        kindText === ''
          ? rosterError('empty-cell', place('kind'), 'the school kind is empty', { column: ROSTER_HEADERS.kind })
          : rosterError('unknown-school-kind', place('kind'), `"${kindText}" is not a school kind`, { value: kindText.slice(0, 80) }),
      )
      bad = true
    }
    const code = value('code')
    const commune = value('commune')
    const key = code ? `code:${codeKey(code)}` : `name:${nameKey(name, commune)}`
    const seen = code ? seenCodes : seenNames
    const first = seen.get(key)
    if (first && name !== '') {
      errors.push(
        rosterError('duplicate-id', place(code ? 'code' : 'name'), code ? `code ${code} is also at ${first}` : `the same school is also at ${first}`, {
          id: code || name,
          first,
        }),
      )
      bad = true
    } else seen.set(key, cellAddress(rowIndex, columns.get(code ? 'code' : 'name') ?? 0))
    if (!bad && kind) lines.push({ name, code, kind, commune, row: rowIndex + 1 })
  })
  if (errors.length) return { ok: false, errors: errors.slice(0, MAX_REPORTED_ERRORS) }
  if (lines.length === 0)
    return { ok: false, errors: [rosterError('no-rows', entryPath(fileName, cellAddress(headerRow + 1, 0)), 'the sheet lists no school under its header', {})] }
  return { ok: true, value: lines }
}

/** The template's cells: the header line only (the README says what each column takes). */
export function rosterTemplate(): string[][] {
  return [ROSTER_COLUMNS.map((c) => ROSTER_HEADERS[c])]
}

/** Who a submission says it is, for matching it to the roster. */
export interface SchoolIdentity {
  schoolId: string
  code: string
  name: string
  commune: string
}

export type RosterMatch =
  | { kind: 'matched'; school: RosterSchool; by: 'device' | 'code' | 'name' }
  /** No row fits: the reviewer is offered to add the school. */
  | { kind: 'none' }
  /** Several rows have this name and no code decides: the reviewer picks one or adds the school. */
  | { kind: 'ambiguous'; candidates: RosterSchool[] }

/**
 * Finds the roster row of a school: the row already matched to its device, else the row with its
 * code, else the one row with its name (and commune, when both sides have one). A code that
 * differs never matches by name: two schools may share a name, not a code.
 */
export function matchSchool(roster: readonly RosterSchool[], who: SchoolIdentity): RosterMatch {
  const byDevice = roster.find((s) => s.schoolId === who.schoolId)
  if (byDevice) return { kind: 'matched', school: byDevice, by: 'device' }
  if (who.code.trim()) {
    const byCode = roster.find((s) => s.code.trim() !== '' && codeKey(s.code) === codeKey(who.code))
    if (byCode) return { kind: 'matched', school: byCode, by: 'code' }
  }
  const name = matchKey(who.name)
  const commune = matchKey(who.commune)
  const byName = roster.filter(
    (s) =>
      matchKey(s.name) === name &&
      (s.code.trim() === '' || who.code.trim() === '') &&
      (commune === '' || matchKey(s.commune) === '' || matchKey(s.commune) === commune),
  )
  if (byName.length === 1) return { kind: 'matched', school: byName[0] as RosterSchool, by: 'name' }
  if (byName.length > 1) return { kind: 'ambiguous', candidates: byName }
  return { kind: 'none' }
}

/**
 * The roster looked up by device id, code and name, for matching thousands of arriving
 * submissions without scanning the roster for each. `matchIndexed` gives exactly what
 * `matchSchool` gives on the same rows (first row wins, in roster order).
 */
export interface RosterIndex {
  rows: RosterSchool[]
  /** A row's place in `rows`, by id. */
  pos: Map<string, number>
  byDevice: Map<string, RosterSchool>
  byCode: Map<string, RosterSchool>
  byName: Map<string, RosterSchool[]>
}

export function indexRoster(roster: readonly RosterSchool[]): RosterIndex {
  const index: RosterIndex = { rows: [], pos: new Map(), byDevice: new Map(), byCode: new Map(), byName: new Map() }
  for (const s of roster) putInIndex(index, s)
  return index
}

/** Adds a row, or replaces the row with its id (keeping its place in roster order). */
export function putInIndex(index: RosterIndex, school: RosterSchool): void {
  const at = index.pos.get(school.id)
  if (at === undefined) {
    index.pos.set(school.id, index.rows.length)
    index.rows.push(school)
    if (school.schoolId !== undefined && !index.byDevice.has(school.schoolId)) index.byDevice.set(school.schoolId, school)
    if (school.code.trim() !== '' && !index.byCode.has(codeKey(school.code))) index.byCode.set(codeKey(school.code), school)
    const name = matchKey(school.name)
    const same = index.byName.get(name)
    if (same) same.push(school)
    else index.byName.set(name, [school])
    return
  }
  const old = index.rows[at] as RosterSchool
  index.rows[at] = school
  if (old.code !== school.code || old.name !== school.name || (old.schoolId !== undefined && old.schoolId !== school.schoolId)) {
    // Rare: rebuild the maps in roster order.
    const rebuilt = indexRoster(index.rows)
    Object.assign(index, { byDevice: rebuilt.byDevice, byCode: rebuilt.byCode, byName: rebuilt.byName })
    return
  }
  // The row learnt its device id (or nothing changed that the maps read): swap it where they hold it.
  if (school.schoolId !== undefined) {
    const holder = index.byDevice.get(school.schoolId)
    if (!holder || holder.id === school.id || (index.pos.get(holder.id) ?? 0) > at) index.byDevice.set(school.schoolId, school)
  }
  const code = codeKey(school.code)
  if (index.byCode.get(code)?.id === school.id) index.byCode.set(code, school)
  const named = index.byName.get(matchKey(school.name))
  const i = named?.findIndex((s) => s.id === school.id) ?? -1
  if (named && i >= 0) named[i] = school
}

/** `matchSchool` over an index. */
export function matchIndexed(index: RosterIndex, who: SchoolIdentity): RosterMatch {
  const byDevice = index.byDevice.get(who.schoolId)
  if (byDevice) return { kind: 'matched', school: byDevice, by: 'device' }
  if (who.code.trim()) {
    const byCode = index.byCode.get(codeKey(who.code))
    if (byCode) return { kind: 'matched', school: byCode, by: 'code' }
  }
  const commune = matchKey(who.commune)
  const byName = (index.byName.get(matchKey(who.name)) ?? []).filter(
    (s) =>
      (s.code.trim() === '' || who.code.trim() === '') &&
      (commune === '' || matchKey(s.commune) === '' || matchKey(s.commune) === commune),
  )
  if (byName.length === 1) return { kind: 'matched', school: byName[0] as RosterSchool, by: 'name' }
  if (byName.length > 1) return { kind: 'ambiguous', candidates: byName }
  return { kind: 'none' }
}

export interface RosterMergePlan {
  /** Lines that are new schools. */
  added: RosterLine[]
  /** Lines that are schools already on the roster (by code, else by name and commune): their row is updated. */
  updated: { school: RosterSchool; line: RosterLine }[]
  /** Lines equal to the row already there. */
  unchanged: number
}

/**
 * What importing a roster file does to the roster the desk holds: schools are matched by code
 * (else name and commune) and updated; others are added; no school is removed (one may already
 * have submitted).
 */
export function planRosterImport(current: readonly RosterSchool[], lines: readonly RosterLine[]): RosterMergePlan {
  const byCode = new Map(current.filter((s) => s.code.trim()).map((s) => [codeKey(s.code), s]))
  const byName = new Map(current.map((s) => [nameKey(s.name, s.commune), s]))
  const plan: RosterMergePlan = { added: [], updated: [], unchanged: 0 }
  for (const line of lines) {
    const named = byName.get(nameKey(line.name, line.commune))
    // A name matches only where a code does not tell the two apart.
    const school =
      (line.code ? byCode.get(codeKey(line.code)) : undefined) ?? (named && (!line.code || !named.code.trim()) ? named : undefined)
    if (!school) plan.added.push(line)
    else if (school.name === line.name && school.code === line.code && school.kind === line.kind && school.commune === line.commune) plan.unchanged++
    else plan.updated.push({ school, line })
  }
  return plan
}
