/**
 * A criteria set written as a spreadsheet, for the people who write these forms: they work in
 * Excel, as ODK form authors write XLSForm. The workbook is another way of writing the same file:
 * it is turned into the set's JSON shape and validated by the one parser (`parseCriteriaSet`), so
 * its rules and messages are those of a JSON set; each error also names the sheet and cell.
 *
 * Sheets (Vietnamese names and headers; other sheets, such as "Hướng dẫn", are ignored):
 * - `Bộ tiêu chí`: the set's identity, one field per row: label | Tiếng Việt | Tiếng Anh;
 * - `Nguồn`: the sources rows cite (optional);
 * - `Chỉ số`: groups, criteria and their chỉ số in order, one per row, the first column saying which;
 * - `Mức`: the level bands of groups and criteria, one band per row;
 * - `Quy tắc mức`: for a set rated by indicators and levels (accreditation), the levels' names and
 *   the conditions for a standard's and the school's level, one condition per row (optional).
 *
 * Pure: the service reads and writes the .xlsx file; here a workbook is rows of cells per sheet.
 */
import { cellAddress, cellText, matchKey, type Cell } from '../sheets/cells'
import type { Result } from '../errors'
import { parseCriteriaSet, type CriteriaSetError, type CriteriaSetErrorCode, type SheetCell } from './parse'
import {
  CRITERIA_SET_FORMAT,
  CRITERIA_SET_FORMAT_VERSION,
  type Band,
  type CriteriaSet,
  type Criterion,
  type Group,
  type Item,
  type LocalText,
} from './schema'

/** One sheet: its name and its rows of cells, the first row being row 1. */
export interface WorkbookSheet {
  name: string
  rows: Cell[][]
}
export type Workbook = WorkbookSheet[]

export const SET_SHEETS = {
  identity: 'Bộ tiêu chí',
  sources: 'Nguồn',
  rows: 'Chỉ số',
  bands: 'Mức',
  levelRule: 'Quy tắc mức',
  help: 'Hướng dẫn',
} as const

// ---------------------------------------------------------------------------------------------
// Words a spreadsheet uses for the format's values
// ---------------------------------------------------------------------------------------------

type Words = readonly (readonly [string, string])[]

/** [value in the file format, word written in the sheet]. The first word is the one written. */
const LEVEL_WORDS: Words = [
  ['group', 'Nhóm'],
  ['criterion', 'Tiêu chí'],
  ['item', 'Chỉ số'],
]
const KIND_WORDS: Words = [
  ['points', 'Điểm'],
  ['condition', 'Điều kiện'],
  ['info', 'Thông tin'],
  ['level', 'Chỉ báo'],
]
/** The parts of a criterion's written self-evaluation (`narrative` on an info row). */
const NARRATIVE_WORDS: Words = [
  ['current-state', 'Mô tả hiện trạng'],
  ['strengths', 'Điểm mạnh'],
  ['weaknesses', 'Điểm yếu'],
  ['improvement', 'Kế hoạch cải tiến'],
  ['improvement-who', 'Người thực hiện cải tiến'],
  ['improvement-when', 'Thời gian cải tiến'],
]
/** The parts of the level rule sheet: the levels' names, a standard's conditions, the school's. */
const RULE_PART_WORDS: Words = [
  ['levels', 'Tên mức'],
  ['standard', 'Tiêu chuẩn'],
  ['school', 'Nhà trường'],
]
/** Which criteria a condition of the level rule counts. */
const RULE_CRITERIA_WORDS: Words = [
  ['all', 'Tất cả'],
  ['mandatory', 'Bắt buộc'],
  ['other', 'Còn lại'],
]
const PROVENANCE_WORDS: Words = [
  ['official', 'Chính thức'],
  ['translated', 'Bản dịch'],
  ['unofficial', 'Không chính thức'],
  ['inferred', 'Suy luận'],
]
const SCHOOL_KIND_WORDS: Words = [
  ['mam-non', 'Mầm non'],
  ['tieu-hoc', 'Tiểu học'],
  ['thcs', 'THCS'],
  ['thpt', 'THPT'],
  ['lien-cap', 'Liên cấp'],
  ['gdtx', 'GDTX'],
]
const SUGGEST_WORDS: Words = [
  ['yes-no', 'Có/Không'],
  ['percentage', 'Tỷ lệ %'],
]
const TOTAL_WORDS: Words = [
  ['teachers', 'Giáo viên'],
  ['classes', 'Lớp'],
  ['classrooms', 'Phòng học'],
]
const EFFECT_WORDS: Words = [
  ['cap-level', 'Hạ mức'],
  ['flag', 'Chỉ đánh dấu'],
]
const SUMMARY_WORDS: Words = [['lowest-group-level', 'Mức thấp nhất của các nhóm']]
const RANK_WORDS: Words = [
  ['levels-then-points', 'Mức rồi điểm'],
  ['rows-met', 'Số điều kiện đạt'],
  ['points', 'Tổng điểm'],
]
/** The form of evidence codes, written as a code of that form. */
const EVIDENCE_CODE_WORDS: Words = [
  ['MCa.b.nn', 'MC1.1.01'],
  ['MC.a.b.nn', 'MC.1.1.01'],
  ['[Hn-a.b-nn]', '[H1-1.1-01]'],
]
const BOOLEAN_WORDS: Words = [
  ['true', 'Có'],
  ['false', 'Không'],
]
/** Other spellings read as the same value (after `matchKey`). */
const ALIASES: Record<string, string> = {
  'ty le': 'percentage',
  'ti le': 'percentage',
  'ti le %': 'percentage',
  'co khong': 'yes-no',
  dung: 'true',
  sai: 'false',
  x: 'true',
  yes: 'true',
  no: 'false',
  true: 'true',
  false: 'false',
  'chi so': 'item',
  dong: 'item',
  truong: 'school',
  'khong bat buoc': 'other',
  'tieu chi con lai': 'other',
  'tieu chi bat buoc': 'mandatory',
}

const wordOf = (words: Words, value: string): string => words.find(([v]) => v === value)?.[1] ?? value
const choicesOf = (words: Words): string => words.map(([, w]) => w).join(', ')

/** A cell's word as the format's value; unknown words are returned as written (the schema refuses them). */
function valueOf(words: Words, written: string): string {
  const key = matchKey(written)
  for (const [v, w] of words) if (matchKey(w) === key || v === written.trim()) return v
  const alias = ALIASES[key]
  return alias && words.some(([v]) => v === alias) ? alias : written
}

// ---------------------------------------------------------------------------------------------
// Columns
// ---------------------------------------------------------------------------------------------

type ValueType = 'text' | 'id' | 'number' | 'boolean' | 'date' | 'list' | { words: Words; list?: boolean }
type Level = 'group' | 'criterion' | 'item'

interface Column {
  header: string
  /** The field in the set file, relative to the row's object (`title.vi`, `suggest.count.of`). */
  field: string
  type: ValueType
  /** Which rows may fill it (for the rows sheet). */
  levels?: readonly Level[]
  /** On a chỉsố row, the kinds that may fill it. */
  kinds?: readonly string[]
}

const GC: Level[] = ['group', 'criterion']
const GCI: Level[] = ['group', 'criterion', 'item']
const CI: Level[] = ['criterion', 'item']
const I: Level[] = ['item']

/** The `Chỉ số` sheet, in the order the template writes it. */
const ROW_COLUMNS: readonly Column[] = [
  { header: 'Cấp', field: '', type: { words: LEVEL_WORDS }, levels: GCI },
  { header: 'Mã', field: 'id', type: 'id', levels: GCI },
  { header: 'Nội dung', field: 'text.vi', type: 'text', levels: GCI },
  { header: 'Điểm tối đa', field: 'max', type: 'number', levels: GCI, kinds: ['points'] },
  { header: 'Loại', field: 'kind', type: { words: KIND_WORDS }, levels: I },
  { header: 'Mức của chỉ báo', field: 'level', type: 'number', levels: I, kinds: ['level'] },
  { header: 'Phần tự đánh giá', field: 'narrative', type: { words: NARRATIVE_WORDS }, levels: I, kinds: ['info'] },
  { header: 'Tiêu chí bắt buộc', field: 'mandatory', type: 'boolean', levels: ['criterion'] },
  { header: 'Bước điểm', field: 'step', type: 'number', levels: I, kinds: ['points'] },
  { header: 'Độ tin cậy', field: 'provenance', type: { words: PROVENANCE_WORDS }, levels: GCI },
  { header: 'Nội dung (tiếng Anh)', field: 'text.en', type: 'text', levels: GCI },
  { header: 'Minh chứng', field: 'evidenceNote.vi', type: 'text', levels: CI },
  { header: 'Minh chứng (tiếng Anh)', field: 'evidenceNote.en', type: 'text', levels: CI },
  { header: 'Hướng dẫn', field: 'guidance.vi', type: 'text', levels: CI },
  { header: 'Hướng dẫn (tiếng Anh)', field: 'guidance.en', type: 'text', levels: CI },
  { header: 'Ghi chú', field: 'note.vi', type: 'text', levels: GC },
  { header: 'Ghi chú (tiếng Anh)', field: 'note.en', type: 'text', levels: GC },
  { header: 'Nguồn', field: 'sources', type: 'list', levels: GCI },
  { header: 'Gợi ý điểm', field: 'suggest.from', type: { words: SUGGEST_WORDS }, levels: I, kinds: ['points'] },
  { header: 'Độ tin cậy gợi ý', field: 'suggest.provenance', type: { words: PROVENANCE_WORDS }, levels: I, kinds: ['points'] },
  { header: 'Ghi chú gợi ý', field: 'suggest.note.vi', type: 'text', levels: I, kinds: ['points'] },
  { header: 'Ghi chú gợi ý (tiếng Anh)', field: 'suggest.note.en', type: 'text', levels: I, kinds: ['points'] },
  { header: 'Câu hỏi đếm', field: 'suggest.count.part.vi', type: 'text', levels: I, kinds: ['points'] },
  { header: 'Câu hỏi đếm (tiếng Anh)', field: 'suggest.count.part.en', type: 'text', levels: I, kinds: ['points'] },
  { header: 'Đếm trên tổng số', field: 'suggest.count.of', type: { words: TOTAL_WORDS }, levels: I, kinds: ['points'] },
]

/** The `Mức` sheet. */
const BAND_COLUMNS: readonly Column[] = [
  { header: 'Thuộc', field: '', type: { words: LEVEL_WORDS.slice(0, 2) } },
  { header: 'Mã', field: '', type: 'id' },
  { header: 'Mức', field: 'level', type: 'number' },
  { header: 'Tên mức', field: 'label.vi', type: 'text' },
  { header: 'Từ', field: 'min', type: 'number' },
  { header: 'Tính cả điểm “từ”', field: 'minInclusive', type: 'boolean' },
  { header: 'Đến', field: 'max', type: 'number' },
  { header: 'Tính cả điểm “đến”', field: 'maxInclusive', type: 'boolean' },
  { header: 'Tên mức (tiếng Anh)', field: 'label.en', type: 'text' },
]

/** The `Quy tắc mức` sheet: one row per level name, and one per condition of a standard's or the school's level. */
const RULE_COLUMNS: readonly Column[] = [
  { header: 'Phần', field: '', type: { words: RULE_PART_WORDS } },
  { header: 'Mức', field: 'level', type: 'number' },
  { header: 'Tên mức', field: 'label.vi', type: 'text' },
  { header: 'Tên mức (tiếng Anh)', field: 'label.en', type: 'text' },
  { header: 'Tiêu chí', field: 'criteria', type: { words: RULE_CRITERIA_WORDS } },
  { header: 'Đạt từ mức', field: 'atLeast', type: 'number' },
  { header: 'Số tiêu chí ít nhất', field: 'min', type: 'number' },
]
const RULE_NAME_FIELDS = ['level', 'label.vi', 'label.en']
const RULE_CONDITION_FIELDS = ['level', 'criteria', 'atLeast', 'min']

/** The `Nguồn` sheet. */
const SOURCE_COLUMNS: readonly Column[] = [
  { header: 'Mã', field: 'id', type: 'id' },
  { header: 'Tên nguồn', field: 'title', type: 'text' },
  { header: 'Địa chỉ', field: 'url', type: 'text' },
  { header: 'Mức tin cậy', field: 'weight', type: 'text' },
]

/**
 * The `Bộ tiêu chí` sheet: one field per row; `en` when the field has an English text in column C.
 * Fields under `conditionRule`, `summary` and each part of `levelRule` are read only when one of them is filled.
 */
const IDENTITY_FIELDS: readonly { label: string; field: string; type: ValueType; en?: boolean }[] = [
  { label: 'Mã bộ', field: 'id', type: 'text' },
  { label: 'Phiên bản', field: 'version', type: 'text' },
  { label: 'Tên bộ', field: 'title', type: 'text', en: true },
  { label: 'Tên ngắn', field: 'shortTitle', type: 'text', en: true },
  { label: 'Số văn bản', field: 'legalBasis.number', type: 'text' },
  { label: 'Ngày văn bản', field: 'legalBasis.date', type: 'date' },
  { label: 'Cơ quan, người ban hành', field: 'legalBasis.issuer', type: 'text' },
  { label: 'Tên văn bản', field: 'legalBasis.title', type: 'text', en: true },
  { label: 'Áp dụng cho', field: 'schoolKinds', type: { words: SCHOOL_KIND_WORDS, list: true } },
  { label: 'Độ tin cậy của bộ', field: 'status.provenance', type: { words: PROVENANCE_WORDS } },
  { label: 'Ghi chú độ tin cậy', field: 'status.note', type: 'text', en: true },
  { label: 'Khi chưa đạt điều kiện bắt buộc', field: 'conditionRule.effect', type: { words: EFFECT_WORDS } },
  { label: 'Mức cao nhất khi chưa đạt điều kiện', field: 'conditionRule.capLevel', type: 'number' },
  { label: 'Độ tin cậy của quy tắc điều kiện', field: 'conditionRule.provenance', type: { words: PROVENANCE_WORDS } },
  { label: 'Ghi chú quy tắc điều kiện', field: 'conditionRule.note', type: 'text', en: true },
  { label: 'Mức chung', field: 'summary.rule', type: { words: SUMMARY_WORDS } },
  { label: 'Độ tin cậy của mức chung', field: 'summary.provenance', type: { words: PROVENANCE_WORDS } },
  { label: 'Tên mức chung', field: 'summary.label', type: 'text', en: true },
  { label: 'Độ tin cậy của cách tính mức tiêu chuẩn', field: 'levelRule.standard.provenance', type: { words: PROVENANCE_WORDS } },
  { label: 'Ghi chú cách tính mức tiêu chuẩn', field: 'levelRule.standard.note', type: 'text', en: true },
  { label: 'Độ tin cậy của cách tính mức nhà trường', field: 'levelRule.school.provenance', type: { words: PROVENANCE_WORDS } },
  { label: 'Ghi chú cách tính mức nhà trường', field: 'levelRule.school.note', type: 'text', en: true },
  { label: 'Xếp hạng theo', field: 'rankBy', type: { words: RANK_WORDS } },
  { label: 'Bộ ví dụ', field: 'example', type: 'boolean' },
  { label: 'Mẫu hồ sơ', field: 'recordTemplate', type: 'text' },
  { label: 'Dạng mã minh chứng', field: 'evidenceCodes', type: { words: EVIDENCE_CODE_WORDS } },
  { label: 'Lược đồ ($schema)', field: '$schema', type: 'text' },
]
const IDENTITY_HEADER = ['Mục', 'Tiếng Việt', 'Tiếng Anh'] as const

// ---------------------------------------------------------------------------------------------
// Reading
// ---------------------------------------------------------------------------------------------

type Json = Record<string, unknown>

interface Reader {
  /** Path in the set file → where it is written. */
  cells: Map<string, SheetCell>
  /** Choices to quote when a word is not one of them, by path. */
  choices: Map<string, string>
  errors: CriteriaSetError[]
}

function workbookError(
  r: Reader,
  code: CriteriaSetErrorCode,
  at: SheetCell,
  detail: string,
  params: Record<string, string | number> = {},
) {
  r.errors.push({ code, path: '', detail: `${at.sheet}${at.cell ? ` ${at.cell}` : ''}: ${detail}`, params, cell: at })
}

function setAt(obj: Json, path: string, value: unknown) {
  const keys = path.split('.')
  let o = obj
  for (const k of keys.slice(0, -1)) {
    if (typeof o[k] !== 'object' || o[k] === null) o[k] = {}
    o = o[k] as Json
  }
  o[keys.at(-1) as string] = value
}

const isBlank = (c: Cell) => cellText(c) === ''

/** A text cell as written (line breaks kept); the schema trims it. */
function rawText(c: Cell): string {
  if (typeof c === 'number') return String(c)
  if (typeof c === 'boolean') return c ? 'TRUE' : 'FALSE'
  return typeof c === 'string' ? c : ''
}

const NUMBER = /^[+-]?\d+(?:[.,]\d+)?$/

/** Turns a filled cell into the value its column holds; a value of the wrong type is left for the schema to refuse. */
function convert(c: Cell, type: ValueType): unknown {
  if (typeof type === 'object') {
    const parts = type.list ? cellText(c).split(/[,;\n]/).map((s) => s.trim()).filter(Boolean) : [cellText(c)]
    const values = parts.map((p) => valueOf(type.words, p))
    return type.list ? values : values[0]
  }
  switch (type) {
    case 'text':
      return rawText(c)
    case 'id':
      return cellText(c)
    case 'list':
      return cellText(c).split(/[,;\s]+/).filter(Boolean)
    case 'number': {
      if (typeof c === 'number') return c
      const s = cellText(c)
      return NUMBER.test(s) ? Number(s.replace(',', '.')) : s
    }
    case 'boolean': {
      if (typeof c === 'boolean') return c
      const v = valueOf(BOOLEAN_WORDS, cellText(c))
      return v === 'true' ? true : v === 'false' ? false : cellText(c)
    }
    case 'date':
      return dateValue(c)
  }
}

/** `30/12/2022`, `2022-12-30` or an Excel day number as `2022-12-30`; anything else as written. */
function dateValue(c: Cell): string {
  if (typeof c === 'number' && Number.isInteger(c) && c > 0 && c < 200_000)
    return new Date(Date.UTC(1899, 11, 30) + c * 86_400_000).toISOString().slice(0, 10)
  const s = cellText(c)
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s)
  return m ? `${m[3]}-${(m[2] as string).padStart(2, '0')}-${(m[1] as string).padStart(2, '0')}` : s
}

function findSheet(book: Workbook, name: string): WorkbookSheet | undefined {
  const key = matchKey(name)
  return book.find((s) => matchKey(s.name) === key)
}

interface HeaderMap {
  /** Column index → column. */
  columns: Map<number, Column>
  headerRow: number
}

/** Reads a sheet's header row (its first non-empty row): every header must be known, the required ones present. */
function readHeader(r: Reader, sheet: WorkbookSheet, columns: readonly Column[], required: readonly string[]): HeaderMap | null {
  const headerRow = sheet.rows.findIndex((row) => row.some((c) => !isBlank(c)))
  const map = new Map<number, Column>()
  if (headerRow < 0) {
    for (const h of required) workbookError(r, 'column-missing', { sheet: sheet.name, cell: '', column: h }, `no column "${h}"`, { column: h })
    return null
  }
  const byKey = new Map(columns.map((c) => [matchKey(c.header), c]))
  ;(sheet.rows[headerRow] ?? []).forEach((c, i) => {
    if (isBlank(c)) return
    const col = byKey.get(matchKey(cellText(c)))
    const at = { sheet: sheet.name, cell: cellAddress(headerRow, i), column: cellText(c) }
    if (!col) workbookError(r, 'unknown-column', at, `unknown column "${cellText(c)}"`, { column: cellText(c) })
    else if ([...map.values()].includes(col)) workbookError(r, 'unknown-column', at, `column "${col.header}" appears twice`, { column: col.header })
    else map.set(i, col)
  })
  const present = new Set([...map.values()].map((c) => c.header))
  let complete = true
  for (const h of required)
    if (!present.has(h)) {
      complete = false
      workbookError(r, 'column-missing', { sheet: sheet.name, cell: '', column: h }, `no column "${h}"`, { column: h })
    }
  return complete ? { columns: map, headerRow } : null
}

/** The data rows under a header: index and cells, blank rows skipped. */
function dataRows(sheet: WorkbookSheet, header: HeaderMap): { index: number; cells: Cell[] }[] {
  return sheet.rows
    .map((cells, index) => ({ index, cells }))
    .filter(({ index, cells }) => index > header.headerRow && cells.some((c) => !isBlank(c)))
}

function columnIndex(header: HeaderMap, name: string): number {
  for (const [i, c] of header.columns) if (c.header === name) return i
  return -1
}

function readIdentity(r: Reader, sheet: WorkbookSheet, set: Json) {
  const byLabel = new Map(IDENTITY_FIELDS.map((f) => [matchKey(f.label), f]))
  const found = new Map<string, number>()
  sheet.rows.forEach((row, i) => {
    const label = cellText(row[0])
    if (label === '' || (i === 0 && matchKey(label) === matchKey(IDENTITY_HEADER[0]))) return
    const f = byLabel.get(matchKey(label))
    if (!f) {
      if (row.slice(1).some((c) => !isBlank(c)))
        workbookError(r, 'unknown-label', { sheet: sheet.name, cell: cellAddress(i, 0), column: label }, `unknown field "${label}"`, { column: label })
      return
    }
    if (found.has(f.field)) {
      workbookError(r, 'unknown-label', { sheet: sheet.name, cell: cellAddress(i, 0), column: label }, `field "${label}" appears twice`, { column: label })
      return
    }
    found.set(f.field, i)
  })
  const filled = (field: string) => {
    const i = found.get(field)
    const row = i === undefined ? undefined : sheet.rows[i]
    return row !== undefined && (!isBlank(row[1]) || !isBlank(row[2]))
  }
  const optionalParents = ['conditionRule', 'summary', 'levelRule.standard', 'levelRule.school']
  const optionalParentOf = (field: string) => optionalParents.find((p) => field.startsWith(`${p}.`))
  for (const f of IDENTITY_FIELDS) {
    const i = found.get(f.field)
    const at = (col: number): SheetCell => ({ sheet: sheet.name, cell: i === undefined ? '' : cellAddress(i, col), column: f.label })
    const parent = f.field.split('.')[0] as string
    if (f.field.includes('.')) r.cells.set(parent, r.cells.get(parent) ?? at(1))
    r.cells.set(f.field, at(1))
    if (typeof f.type === 'object') r.choices.set(f.field, choicesOf(f.type.words))
    if (f.en) {
      r.cells.set(`${f.field}.vi`, at(1))
      r.cells.set(`${f.field}.en`, { ...at(2), column: `${f.label} (tiếng Anh)` })
    }
    const optional = optionalParentOf(f.field)
    if (optional && optional !== parent && !r.cells.has(optional)) r.cells.set(optional, at(1))
    if (optional && !IDENTITY_FIELDS.some((g) => g.field.startsWith(`${optional}.`) && filled(g.field))) continue
    const row = i === undefined ? [] : (sheet.rows[i] ?? [])
    if (f.en) {
      const text: Json = {}
      if (!isBlank(row[1])) text.vi = rawText(row[1] ?? null)
      if (!isBlank(row[2])) text.en = rawText(row[2] ?? null)
      if (Object.keys(text).length) setAt(set, f.field, text)
    } else {
      if (!isBlank(row[2]))
        workbookError(r, 'cell-not-used', { ...at(2), column: IDENTITY_HEADER[2] }, `"${f.label}" has no English text`, {
          column: IDENTITY_HEADER[2],
          level: f.label,
        })
      if (!isBlank(row[1])) setAt(set, f.field, convert(row[1] ?? null, f.type))
    }
  }
}

function readSources(r: Reader, sheet: WorkbookSheet, set: Json) {
  const header = readHeader(r, sheet, SOURCE_COLUMNS, ['Mã', 'Tên nguồn'])
  if (!header) return
  const sources: Json[] = []
  for (const { index, cells } of dataRows(sheet, header)) {
    const path = `sources[${sources.length}]`
    const source: Json = {}
    for (const [ci, col] of header.columns) {
      const at = { sheet: sheet.name, cell: cellAddress(index, ci), column: col.header }
      r.cells.set(`${path}.${col.field}`, at)
      if (col.field === 'id') r.cells.set(path, at)
      if (!isBlank(cells[ci])) setAt(source, col.field, convert(cells[ci] ?? null, col.type))
    }
    sources.push(source)
  }
  if (sources.length) set.sources = sources
}

interface Owner {
  path: string
  obj: Json
  at: SheetCell
}

type Owners = { groups: Map<string, Owner>; criteria: Map<string, Owner> }

/** The set's groups, criteria and chỉ số; null when the sheet lacks a column it needs (nothing else is checked then). */
function readRows(r: Reader, sheet: WorkbookSheet, set: Json): Owners | null {
  const owners: Owners = { groups: new Map<string, Owner>(), criteria: new Map<string, Owner>() }
  const header = readHeader(r, sheet, ROW_COLUMNS, ['Cấp', 'Mã', 'Nội dung'])
  if (!header) return null
  const levelCol = columnIndex(header, 'Cấp')
  const kindCol = columnIndex(header, 'Loại')
  const groups: Json[] = []
  let group: { obj: Json; path: string; criteria: Json[] } | null = null
  let criterion: { obj: Json; path: string; items: Json[] } | null = null

  for (const { index, cells } of dataRows(sheet, header)) {
    const levelAt: SheetCell = { sheet: sheet.name, cell: cellAddress(index, levelCol), column: 'Cấp' }
    const level = valueOf(LEVEL_WORDS, cellText(cells[levelCol]))
    if (level !== 'group' && level !== 'criterion' && level !== 'item') {
      r.errors.push({
        code: isBlank(cells[levelCol]) ? 'missing-field' : 'invalid-value',
        path: '',
        detail: `${sheet.name} ${levelAt.cell}: "${cellText(cells[levelCol])}" is not one of ${choicesOf(LEVEL_WORDS)}`,
        params: { received: JSON.stringify(cellText(cells[levelCol])), expected: choicesOf(LEVEL_WORDS) },
        cell: levelAt,
      })
      continue
    }
    let path: string
    const obj: Json = {}
    if (level === 'group') {
      path = `groups[${groups.length}]`
      group = { obj, path, criteria: [] }
      criterion = null
      obj.criteria = group.criteria
      groups.push(obj)
    } else if (level === 'criterion') {
      if (!group) {
        workbookError(r, 'row-order', levelAt, 'a criterion row before any group row', { level: wordOf(LEVEL_WORDS, level), parent: wordOf(LEVEL_WORDS, 'group') })
        continue
      }
      path = `${group.path}.criteria[${group.criteria.length}]`
      criterion = { obj, path, items: [] }
      obj.items = criterion.items
      group.criteria.push(obj)
    } else {
      if (!criterion) {
        workbookError(r, 'row-order', levelAt, 'a chỉ số row before any criterion row', { level: wordOf(LEVEL_WORDS, level), parent: wordOf(LEVEL_WORDS, 'criterion') })
        continue
      }
      path = `${criterion.path}.items[${criterion.items.length}]`
      criterion.items.push(obj)
    }
    const kind = level === 'item' ? valueOf(KIND_WORDS, cellText(cells[kindCol])) : ''
    const rowAt = (ci: number, column: string): SheetCell => ({ sheet: sheet.name, cell: ci < 0 ? '' : cellAddress(index, ci), column })
    const idCol = columnIndex(header, 'Mã')
    r.cells.set(path, rowAt(idCol, 'Mã'))
    for (const col of ROW_COLUMNS) {
      if (!col.field) continue
      const ci = columnIndex(header, col.header)
      const at = rowAt(ci, col.header)
      const field = level === 'item' || !col.field.startsWith('text.') ? col.field : col.field.replace('text.', 'title.')
      r.cells.set(`${path}.${field}`, at)
      const parentField = field.replace(/\.(vi|en)$/, '')
      if (parentField !== field && !r.cells.has(`${path}.${parentField}`)) r.cells.set(`${path}.${parentField}`, at)
      if (typeof col.type === 'object') r.choices.set(`${path}.${field}`, choicesOf(col.type.words))
      if (col.field === 'sources') r.cells.set(`${path}.sources`, at)
      if (ci < 0 || isBlank(cells[ci])) continue
      const knownKind = KIND_WORDS.some(([v]) => v === kind)
      const usable = (col.levels ?? []).includes(level) && (level !== 'item' || !col.kinds || !knownKind || col.kinds.includes(kind))
      if (!usable) {
        workbookError(r, 'cell-not-used', at, `"${col.header}" is not used on a ${level} row`, {
          column: col.header,
          level: wordOf(LEVEL_WORDS, level),
        })
        continue
      }
      setAt(obj, field, convert(cells[ci] ?? null, col.type))
    }
    // The count question is under `suggest.count`; its parts point at their own cells.
    for (const sub of ['suggest', 'suggest.count', 'suggest.count.part', 'suggest.note'])
      if (!r.cells.has(`${path}.${sub}`)) r.cells.set(`${path}.${sub}`, rowAt(columnIndex(header, 'Gợi ý điểm'), 'Gợi ý điểm'))
    r.cells.set(`${path}.bands`, { ...rowAt(idCol, `Mức (trang “${SET_SHEETS.bands}”)`) })
    r.cells.set(`${path}.criteria`, rowAt(levelCol, 'Cấp'))
    r.cells.set(`${path}.items`, rowAt(levelCol, 'Cấp'))
    if (level !== 'item') {
      const id = convert(cells[idCol] ?? null, 'id')
      const map = level === 'group' ? owners.groups : owners.criteria
      if (typeof id === 'string' && id && !map.has(id)) map.set(id, { path, obj, at: rowAt(idCol, 'Mã') })
    }
  }
  set.groups = groups
  return owners
}

function readBands(r: Reader, sheet: WorkbookSheet, owners: Owners) {
  const header = readHeader(r, sheet, BAND_COLUMNS, ['Thuộc', 'Mã', 'Mức', 'Từ', 'Đến'])
  if (!header) return
  const ownerCol = columnIndex(header, 'Thuộc')
  const idCol = columnIndex(header, 'Mã')
  for (const { index, cells } of dataRows(sheet, header)) {
    const ownerAt = { sheet: sheet.name, cell: cellAddress(index, ownerCol), column: 'Thuộc' }
    const kind = valueOf(LEVEL_WORDS, cellText(cells[ownerCol]))
    const id = cellText(cells[idCol])
    const map = kind === 'group' ? owners.groups : kind === 'criterion' ? owners.criteria : null
    if (!map) {
      r.errors.push({
        code: isBlank(cells[ownerCol]) ? 'missing-field' : 'invalid-value',
        path: '',
        detail: `${sheet.name} ${ownerAt.cell}: "${cellText(cells[ownerCol])}" is not one of ${choicesOf(LEVEL_WORDS.slice(0, 2))}`,
        params: { received: JSON.stringify(cellText(cells[ownerCol])), expected: choicesOf(LEVEL_WORDS.slice(0, 2)) },
        cell: ownerAt,
      })
      continue
    }
    const owner = map.get(id)
    if (!owner) {
      workbookError(r, 'band-owner', { sheet: sheet.name, cell: cellAddress(index, idCol), column: 'Mã' }, `no ${kind} "${id}" on the rows sheet`, {
        id,
        level: wordOf(LEVEL_WORDS, kind),
      })
      continue
    }
    const bands = (owner.obj.bands ??= []) as Json[]
    const path = `${owner.path}.bands[${bands.length}]`
    const band: Json = {}
    r.cells.set(path, { sheet: sheet.name, cell: cellAddress(index, columnIndex(header, 'Mức')), column: 'Mức' })
    for (const col of BAND_COLUMNS) {
      if (!col.field) continue
      const ci = columnIndex(header, col.header)
      const at = { sheet: sheet.name, cell: ci < 0 ? '' : cellAddress(index, ci), column: col.header }
      r.cells.set(`${path}.${col.field}`, at)
      if (col.field === 'label.vi') r.cells.set(`${path}.label`, at)
      if (ci >= 0 && !isBlank(cells[ci])) setAt(band, col.field, convert(cells[ci] ?? null, col.type))
    }
    bands.push(band)
  }
}

/**
 * The level rule (`levelRule`): rows "Tên mức" name the levels; rows "Tiêu chuẩn" and "Nhà trường"
 * are the conditions of a standard's and the school's level, one per row, grouped by their "Mức" in
 * the order written. The rule's provenance and notes are rows of the identity sheet. An empty sheet
 * is a set without a level rule.
 */
function readLevelRule(r: Reader, sheet: WorkbookSheet, set: Json): boolean {
  const header = readHeader(r, sheet, RULE_COLUMNS, ['Phần', 'Mức'])
  if (!header) return false
  const rows = dataRows(sheet, header)
  const partCol = columnIndex(header, 'Phần')
  // A part with no rows: the sheet, and the word its rows would start with.
  for (const [p, part] of [['levelRule', 'levels'], ['levelRule.levels', 'levels'], ['levelRule.standard.levels', 'standard'], ['levelRule.school.levels', 'school']] as const)
    r.cells.set(p, { sheet: sheet.name, cell: '', column: wordOf(RULE_PART_WORDS, part) })
  if (rows.length === 0) return true
  const rule = (set.levelRule ??= {}) as Json
  const levels: Json[] = []
  const steps = new Map<string, { path: string; obj: Json }>()
  const lastStep = new Map<string, string>()
  for (const { index, cells } of rows) {
    const at = (ci: number, column: string): SheetCell => ({ sheet: sheet.name, cell: ci < 0 ? '' : cellAddress(index, ci), column })
    const part = valueOf(RULE_PART_WORDS, cellText(cells[partCol]))
    if (part !== 'levels' && part !== 'standard' && part !== 'school') {
      const partAt = at(partCol, 'Phần')
      r.errors.push({
        code: isBlank(cells[partCol]) ? 'missing-field' : 'invalid-value',
        path: '',
        detail: `${sheet.name} ${partAt.cell}: "${cellText(cells[partCol])}" is not one of ${choicesOf(RULE_PART_WORDS)}`,
        params: { received: JSON.stringify(cellText(cells[partCol])), expected: choicesOf(RULE_PART_WORDS) },
        cell: partAt,
      })
      continue
    }
    const levelCi = columnIndex(header, 'Mức')
    let path: string
    let obj: Json
    if (part === 'levels') {
      path = `levelRule.levels[${levels.length}]`
      obj = {}
      levels.push(obj)
      r.cells.set(`${path}.label`, at(columnIndex(header, 'Tên mức'), 'Tên mức'))
    } else {
      const stepsObj = (rule[part] ??= {}) as Json
      const list = (stepsObj.levels ??= []) as Json[]
      // A row with no level continues the step above it, as a merged cell would read.
      const written = cellText(cells[levelCi])
      const key = written === '' && lastStep.get(part) ? (lastStep.get(part) as string) : `${part} ${written}`
      lastStep.set(part, key)
      let step = steps.get(key)
      if (!step) {
        const stepPath = `levelRule.${part}.levels[${list.length}]`
        step = { path: stepPath, obj: { when: [] } }
        steps.set(key, step)
        list.push(step.obj)
        r.cells.set(stepPath, at(levelCi, 'Mức'))
        r.cells.set(`${stepPath}.level`, at(levelCi, 'Mức'))
        r.cells.set(`${stepPath}.when`, at(columnIndex(header, 'Tiêu chí'), 'Tiêu chí'))
        const level = cells[levelCi]
        if (!isBlank(level)) step.obj.level = convert(level ?? null, 'number')
      }
      const when = step.obj.when as Json[]
      path = `${step.path}.when[${when.length}]`
      obj = {}
      when.push(obj)
    }
    const fields = part === 'levels' ? RULE_NAME_FIELDS : RULE_CONDITION_FIELDS
    r.cells.set(path, at(part === 'levels' ? levelCi : columnIndex(header, 'Tiêu chí'), part === 'levels' ? 'Mức' : 'Tiêu chí'))
    for (const col of RULE_COLUMNS) {
      if (!col.field) continue
      const ci = columnIndex(header, col.header)
      const cellAt = at(ci, col.header)
      if (part !== 'levels' && col.field === 'level') continue
      r.cells.set(`${path}.${col.field}`, cellAt)
      if (typeof col.type === 'object') r.choices.set(`${path}.${col.field}`, choicesOf(col.type.words))
      if (ci < 0 || isBlank(cells[ci])) continue
      if (!fields.includes(col.field)) {
        workbookError(r, 'cell-not-used', cellAt, `"${col.header}" is not used on a ${part} row`, {
          column: col.header,
          level: wordOf(RULE_PART_WORDS, part),
        })
        continue
      }
      setAt(obj, col.field, convert(cells[ci] ?? null, col.type))
    }
  }
  if (levels.length) rule.levels = levels
  return true
}

/** The longest path from `path` up that has a cell: `groups[0].max` → its cell, else its row's. */
function cellFor(r: Reader, path: string): SheetCell | undefined {
  let p = path
  for (;;) {
    const at = r.cells.get(p)
    if (at) return at
    const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['))
    if (cut <= 0) return undefined
    p = p.slice(0, cut)
  }
}

/**
 * Reads a workbook as a criteria set. MUST NOT throw. Every error of the set's own validation is
 * kept, with the sheet and cell it comes from (`cell`); the words a cell must hold replace the
 * format's codes in `expected`.
 */
export function workbookToCriteriaSet(book: Workbook): Result<CriteriaSet, CriteriaSetError> {
  const r: Reader = { cells: new Map(), choices: new Map(), errors: [] }
  const identity = findSheet(book, SET_SHEETS.identity)
  const rows = findSheet(book, SET_SHEETS.rows)
  const bands = findSheet(book, SET_SHEETS.bands)
  const levelRule = findSheet(book, SET_SHEETS.levelRule)
  const missing = (name: string) => workbookError(r, 'sheet-missing', { sheet: name, cell: '', column: '' }, `no sheet "${name}"`, { sheet: name })
  if (!identity) missing(SET_SHEETS.identity)
  if (!rows) missing(SET_SHEETS.rows)
  if (!identity || !rows) {
    if (!bands && !levelRule) missing(SET_SHEETS.bands)
    return { ok: false, errors: r.errors }
  }

  const set: Json = { format: CRITERIA_SET_FORMAT, formatVersion: CRITERIA_SET_FORMAT_VERSION }
  readIdentity(r, identity, set)
  // Without the rule's sheet, or its columns, nothing else of the rule can be placed: say only that.
  if (levelRule ? !readLevelRule(r, levelRule, set) : set.levelRule !== undefined) {
    if (!levelRule) missing(SET_SHEETS.levelRule)
    return { ok: false, errors: r.errors }
  }
  // A set rated by levels has no bands: its workbook may leave the bands sheet out.
  if (!bands && !set.levelRule) {
    missing(SET_SHEETS.bands)
    return { ok: false, errors: r.errors }
  }
  const sources = findSheet(book, SET_SHEETS.sources)
  if (sources) readSources(r, sources, set)
  const owners = readRows(r, rows, set)
  if (!owners) return { ok: false, errors: r.errors }
  if (bands) readBands(r, bands, owners)
  // Keep the file's field order readable in a JSON export: groups last.
  const { groups, ...rest } = set
  const ordered = { ...rest, groups }

  const parsed = parseCriteriaSet(ordered)
  if (parsed.ok && r.errors.length === 0) return parsed
  const errors = parsed.ok
    ? []
    : parsed.errors.map((e): CriteriaSetError => {
        const at = cellFor(r, e.path)
        if (!at) return e
        const choices = r.choices.get(e.path)
        const params = { ...e.params }
        if (choices && (e.code === 'invalid-value' || e.code === 'unknown-kind')) params.expected = choices
        // A code used twice: where it was first, as the cell the author can see.
        const first = e.code === 'duplicate-id' ? cellFor(r, String(e.params.first)) : undefined
        if (first?.cell) params.first = first.cell
        if (e.code === 'duplicate-narrative') params.narrative = wordOf(NARRATIVE_WORDS, String(e.params.narrative))
        return { ...e, params, cell: at }
      })
  return { ok: false, errors: [...r.errors, ...errors] }
}

// ---------------------------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------------------------

const vi = (t: LocalText | undefined): Cell => t?.vi ?? null
const en = (t: LocalText | undefined): Cell => t?.en ?? null

/** `2022-12-30` → `30/12/2022`, as a Vietnamese reader writes it. */
const shownDate = (iso: string) => iso.split('-').reverse().join('/')

function identityRows(set: CriteriaSet): Cell[][] {
  const value = (field: string): [Cell, Cell] => {
    const v = field.split('.').reduce<unknown>((o, k) => (o as Json | undefined)?.[k], set)
    if (v === undefined) return [null, null]
    if (typeof v === 'object' && v !== null && !Array.isArray(v)) return [vi(v as LocalText), en(v as LocalText)]
    if (Array.isArray(v)) return [v.map((k: string) => wordOf(SCHOOL_KIND_WORDS, k)).join(', '), null]
    if (typeof v === 'boolean') return [wordOf(BOOLEAN_WORDS, String(v)), null]
    if (typeof v === 'number') return [v, null]
    const s = typeof v === 'string' ? v : ''
    if (field === 'legalBasis.date') return [shownDate(s), null]
    const f = IDENTITY_FIELDS.find((x) => x.field === field)
    if (f && typeof f.type === 'object') return [wordOf(f.type.words, s), null]
    return [s, null]
  }
  return [[...IDENTITY_HEADER], ...IDENTITY_FIELDS.map((f) => [f.label, ...value(f.field)])]
}

function sourceRows(set: CriteriaSet): Cell[][] {
  return [
    SOURCE_COLUMNS.map((c) => c.header),
    ...(set.sources ?? []).map((s) => [s.id, s.title, s.url ?? null, s.weight ?? null]),
  ]
}

function rowOf(values: Partial<Record<string, Cell>>): Cell[] {
  return ROW_COLUMNS.map((c) => values[c.header] ?? null)
}

const list = (xs: readonly string[] | undefined): Cell => (xs?.length ? xs.join(', ') : null)

function groupRow(g: Group): Cell[] {
  return rowOf({
    Cấp: wordOf(LEVEL_WORDS, 'group'),
    Mã: g.id,
    'Nội dung': g.title.vi,
    'Nội dung (tiếng Anh)': en(g.title),
    'Điểm tối đa': g.max,
    'Độ tin cậy': wordOf(PROVENANCE_WORDS, g.provenance),
    'Ghi chú': vi(g.note),
    'Ghi chú (tiếng Anh)': en(g.note),
    Nguồn: list(g.sources),
  })
}

function criterionRow(c: Criterion): Cell[] {
  return rowOf({
    Cấp: wordOf(LEVEL_WORDS, 'criterion'),
    Mã: c.id,
    'Nội dung': c.title.vi,
    'Nội dung (tiếng Anh)': en(c.title),
    'Điểm tối đa': c.max ?? null,
    'Độ tin cậy': wordOf(PROVENANCE_WORDS, c.provenance),
    'Minh chứng': vi(c.evidenceNote),
    'Minh chứng (tiếng Anh)': en(c.evidenceNote),
    'Hướng dẫn': vi(c.guidance),
    'Hướng dẫn (tiếng Anh)': en(c.guidance),
    'Ghi chú': vi(c.note),
    'Ghi chú (tiếng Anh)': en(c.note),
    Nguồn: list(c.sources),
    'Tiêu chí bắt buộc': c.mandatory === undefined ? null : wordOf(BOOLEAN_WORDS, String(c.mandatory)),
  })
}

function itemRow(i: Item): Cell[] {
  const points = i.kind === 'points' ? i : undefined
  const suggest = points?.suggest
  const count = suggest?.from === 'percentage' ? suggest.count : undefined
  return rowOf({
    Cấp: wordOf(LEVEL_WORDS, 'item'),
    Mã: i.id,
    'Nội dung': i.text.vi,
    'Nội dung (tiếng Anh)': en(i.text),
    'Điểm tối đa': points?.max ?? null,
    Loại: wordOf(KIND_WORDS, i.kind),
    'Mức của chỉ báo': i.kind === 'level' ? i.level : null,
    'Phần tự đánh giá': i.kind === 'info' && i.narrative ? wordOf(NARRATIVE_WORDS, i.narrative) : null,
    'Bước điểm': points && points.step !== 1 ? points.step : null,
    'Độ tin cậy': wordOf(PROVENANCE_WORDS, i.provenance),
    'Minh chứng': vi(i.evidenceNote),
    'Minh chứng (tiếng Anh)': en(i.evidenceNote),
    'Hướng dẫn': vi(i.guidance),
    'Hướng dẫn (tiếng Anh)': en(i.guidance),
    Nguồn: list(i.sources),
    'Gợi ý điểm': suggest ? wordOf(SUGGEST_WORDS, suggest.from) : null,
    'Độ tin cậy gợi ý': suggest ? wordOf(PROVENANCE_WORDS, suggest.provenance) : null,
    'Ghi chú gợi ý': vi(suggest?.note),
    'Ghi chú gợi ý (tiếng Anh)': en(suggest?.note),
    'Câu hỏi đếm': vi(count?.part),
    'Câu hỏi đếm (tiếng Anh)': en(count?.part),
    'Đếm trên tổng số': count ? wordOf(TOTAL_WORDS, count.of) : null,
  })
}

function bandRows(owner: 'group' | 'criterion', id: string, bands: readonly Band[] | undefined): Cell[][] {
  return (bands ?? []).map((b) => [
    wordOf(LEVEL_WORDS, owner),
    id,
    b.level,
    b.label.vi,
    b.min,
    wordOf(BOOLEAN_WORDS, String(b.minInclusive)),
    b.max,
    wordOf(BOOLEAN_WORDS, String(b.maxInclusive)),
    en(b.label),
  ])
}

function levelRuleRows(set: CriteriaSet): Cell[][] {
  const rule = set.levelRule
  const rows: Cell[][] = [RULE_COLUMNS.map((c) => c.header)]
  if (!rule) return rows
  for (const l of rule.levels) rows.push([wordOf(RULE_PART_WORDS, 'levels'), l.level, l.label.vi, en(l.label), null, null, null])
  for (const part of ['standard', 'school'] as const)
    for (const step of rule[part]?.levels ?? [])
      for (const c of step.when)
        rows.push([wordOf(RULE_PART_WORDS, part), step.level, null, null, wordOf(RULE_CRITERIA_WORDS, c.criteria), c.atLeast, c.min ?? null])
  return rows
}

/** What each sheet and column is for, written as the template's first sheet (ignored when read). */
export function workbookHelpRows(): Cell[][] {
  const choice = (words: Words) => choicesOf(words)
  return [
    ['Mẫu bộ tiêu chí của chiso'],
    ['Điền các trang “Bộ tiêu chí”, “Nguồn”, “Chỉ số” và “Mức”, rồi nạp tệp ở mục Bộ tiêu chí → Nạp tệp. Tệp được kiểm tra như tệp JSON; mỗi lỗi ghi rõ trang và ô.'],
    ['Bộ kiểm định chất lượng (xếp mức theo chỉ báo) dùng thêm trang “Quy tắc mức” thay cho trang “Mức”: xem các dòng “Quy tắc mức” bên dưới, hoặc xuất một bộ có sẵn (TT 57/2026) ra Excel để xem ví dụ đầy đủ.'],
    ['Giữ nguyên tên các trang và tiêu đề cột. Mã (nhóm, tiêu chí, chỉ số) nên nhập dạng văn bản để Excel không đổi 1.10 thành 1.1.'],
    [],
    ['Trang', 'Cột / mục', 'Ý nghĩa'],
    [SET_SHEETS.identity, 'Mã bộ, Phiên bản', 'Mã viết thường không dấu (vd. cong-ttdt-huyen); phiên bản dạng 1.0.0. Sửa bộ đã phát hành thì tăng phiên bản.'],
    [SET_SHEETS.identity, 'Áp dụng cho', `Một hoặc nhiều, cách nhau bằng dấu phẩy: ${choice(SCHOOL_KIND_WORDS)}`],
    [SET_SHEETS.identity, 'Độ tin cậy', `${choice(PROVENANCE_WORDS)} — không ghi chắc chắn hơn nguồn.`],
    [SET_SHEETS.identity, 'Khi chưa đạt điều kiện bắt buộc', `${choice(EFFECT_WORDS)} (để trống nếu bộ không có điều kiện bắt buộc)`],
    [
      SET_SHEETS.identity,
      'Độ tin cậy / Ghi chú cách tính mức tiêu chuẩn, nhà trường',
      `Chỉ bộ xếp mức: độ tin cậy (${choice(PROVENANCE_WORDS)}) và lời văn của quy tắc trên trang “${SET_SHEETS.levelRule}”. Để trống phần tiêu chuẩn nếu văn bản không xếp mức tiêu chuẩn.`,
    ],
    [SET_SHEETS.identity, 'Dạng mã minh chứng', `Mã minh chứng ứng dụng đặt, theo mẫu hướng dẫn của bộ: ${choice(EVIDENCE_CODE_WORDS)} (để trống: MC1.1.01).`],
    [SET_SHEETS.identity, 'Xếp hạng theo', `${choice(RANK_WORDS)} (để trống: ứng dụng tự chọn theo dạng bộ)`],
    [SET_SHEETS.rows, 'Cấp', `${choice(LEVEL_WORDS)}. Mỗi nhóm có các tiêu chí ngay dưới nó; mỗi tiêu chí có các chỉ số ngay dưới nó.`],
    [SET_SHEETS.rows, 'Loại', `Chỉ dòng Chỉ số: ${choice(KIND_WORDS)}`],
    [SET_SHEETS.rows, 'Điểm tối đa', 'Nhóm: bắt buộc. Tiêu chí: để trống thì bằng tổng điểm các chỉ số. Chỉ số loại Điểm: bắt buộc.'],
    [SET_SHEETS.rows, 'Bước điểm', 'Để trống là 1 (điểm nguyên); 0,5 nếu cho nửa điểm.'],
    [SET_SHEETS.rows, 'Mức của chỉ báo', 'Chỉ dòng loại Chỉ báo (bộ xếp mức): chỉ báo thuộc mức nào (1, 2, 3…). Tiêu chí đạt mức k khi mọi chỉ báo của các mức 1 đến k đều đạt.'],
    [
      SET_SHEETS.rows,
      'Phần tự đánh giá',
      `Chỉ dòng loại Thông tin: phần viết của tiêu chí mà báo cáo tự đánh giá đặt đúng chỗ: ${choice(NARRATIVE_WORDS)}. Mỗi phần nhiều nhất một dòng trong một tiêu chí.`,
    ],
    [SET_SHEETS.rows, 'Tiêu chí bắt buộc', 'Chỉ dòng Tiêu chí của bộ xếp mức: Có nếu văn bản coi tiêu chí đó là bắt buộc. Bộ xếp mức không dùng Điểm tối đa, Bước điểm hay loại Điểm, Điều kiện.'],
    [SET_SHEETS.rows, 'Gợi ý điểm', `${choice(SUGGEST_WORDS)} — gợi ý ứng dụng đưa ra, nhà trường vẫn tự quyết điểm.`],
    [SET_SHEETS.rows, 'Đếm trên tổng số', choice(TOTAL_WORDS)],
    [SET_SHEETS.rows, 'Nguồn', `Mã nguồn trên trang “${SET_SHEETS.sources}”, cách nhau bằng dấu phẩy.`],
    [SET_SHEETS.bands, 'Thuộc, Mã', 'Mức của nhóm hoặc tiêu chí nào (mã như trên trang “Chỉ số”).'],
    [SET_SHEETS.bands, 'Từ, Đến, Tính cả…', 'Ghi đúng như văn bản: “dưới 50” là Đến 50, Tính cả điểm “đến” = Không. Các mức phải nối liền từ 0 đến điểm tối đa. Bộ xếp mức theo chỉ báo không dùng trang này.'],
    [
      SET_SHEETS.levelRule,
      'Phần, Mức',
      `${choice(RULE_PART_WORDS)}. Tên mức: mỗi dòng tên một mức (Mức 1, Mức 2…), theo thứ tự. Tiêu chuẩn / Nhà trường: mỗi dòng một điều kiện để tiêu chuẩn / nhà trường đạt mức ghi ở cột Mức; đạt mức k khi mọi điều kiện của mức k đều đúng và đã đạt mức k − 1. Để trống trang nếu bộ chấm bằng điểm.`,
    ],
    [
      SET_SHEETS.levelRule,
      'Tiêu chí, Đạt từ mức, Số tiêu chí ít nhất',
      `Tiêu chí: ${choice(RULE_CRITERIA_WORDS)} (của tiêu chuẩn đó; với Nhà trường là của cả bộ). Để trống Số tiêu chí ít nhất là tất cả các tiêu chí ấy.`,
    ],
    [
      SET_SHEETS.levelRule,
      'Ví dụ',
      'Hai dòng “Nhà trường | 1 | | | Bắt buộc | 1 |” và “Nhà trường | 1 | | | Còn lại | 1 | 5”: nhà trường đạt Mức 1 khi mọi tiêu chí bắt buộc đạt Mức 1 và ít nhất 5 tiêu chí còn lại đạt từ Mức 1.',
    ],
  ]
}

/** A set as the template's workbook: reading it back gives the same set. */
export function criteriaSetToWorkbook(set: CriteriaSet): Workbook {
  const rows: Cell[][] = [ROW_COLUMNS.map((c) => c.header)]
  const bands: Cell[][] = [BAND_COLUMNS.map((c) => c.header)]
  for (const g of set.groups) {
    rows.push(groupRow(g))
    bands.push(...bandRows('group', g.id, g.bands))
    for (const c of g.criteria) {
      rows.push(criterionRow(c))
      bands.push(...bandRows('criterion', c.id, c.bands))
      for (const i of c.items) rows.push(itemRow(i))
    }
  }
  return [
    { name: SET_SHEETS.identity, rows: identityRows(set) },
    { name: SET_SHEETS.sources, rows: sourceRows(set) },
    { name: SET_SHEETS.rows, rows },
    { name: SET_SHEETS.bands, rows: bands },
    { name: SET_SHEETS.levelRule, rows: levelRuleRows(set) },
    { name: SET_SHEETS.help, rows: workbookHelpRows() },
  ]
}
