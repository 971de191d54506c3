/**
 * What the managing body publishes from its rankings: the workbook (a sheet per school kind, the
 * overall table, every school × every chỉ số) and the notice of results ("Thông báo kết quả …") in
 * the form of Nghị định 30/2020, as a record model the PDF and Word renderers print. Every word is
 * Vietnamese and official: a row says whether its result is the reviewed one or the school's own,
 * and nothing about the app.
 */
import type { CriteriaSet, SchoolKind } from '../criteria/schema'
import type { AssessmentScore } from '../scoring/score'
import type { RecordBlock, RecordColumn, RecordModel, RecordRow, RecordTable } from '../record/model'
import { asciiSlug } from '../record/files'
import { cleanText, formatPoints, lines, placeDateLine, upper } from '../record/text'
import { NATIONAL_MOTTO } from '../record/wording'
import { levelDistribution } from './charts'
import { classify, setClassification, type ClassBand, type Classification } from './classify'
import type { RankBy, RankedSchool } from './rank'

/** A school as the published tables name it. */
export interface PublishedSchool {
  name: string
  code: string
  kind: SchoolKind
  commune: string
}

export interface RankingTable<S extends PublishedSchool = PublishedSchool> {
  kind: SchoolKind | 'all'
  rows: RankedSchool<S>[]
}

/** School kinds as Vietnamese administrative documents write them; `all` is the whole unit. */
export const KIND_NAMES: Readonly<Record<SchoolKind | 'all', string>> = {
  'mam-non': 'Mầm non',
  'tieu-hoc': 'Tiểu học',
  thcs: 'THCS',
  thpt: 'THPT',
  'lien-cap': 'Liên cấp',
  gdtx: 'GDTX',
  all: 'Toàn đơn vị',
}

/** How a row's standing is written on paper and in the workbook. */
export const STANDING = {
  reviewed: 'Kết quả thẩm định',
  'self-assessed': 'Tự đánh giá',
  returned: 'Trả lại, chưa nộp lại',
  'not-submitted': 'Chưa nộp',
  tied: 'Đồng hạng',
} as const

/** A spreadsheet cell: a number stays a number; null is an empty cell. */
export type SheetCell = string | number | null

export interface SheetModel {
  /** At most 31 characters, none of `[]:*?/\`, unique in the workbook. */
  name: string
  header: string[]
  rows: SheetCell[][]
  /** Column widths in characters. */
  widths: number[]
}

interface ResultColumn {
  header: string
  /** Short header for the printed table. */
  short: string
  width: number
  value: (score: AssessmentScore, row: RankedSchool<PublishedSchool>) => number | string | null
}

const groupLevel = (score: AssessmentScore, id: string) => score.groups.find((g) => g.id === id)?.level ?? null
const groupPoints = (score: AssessmentScore, id: string) => score.groups.find((g) => g.id === id)?.points ?? null
const total = (score: AssessmentScore) => Math.round(score.groups.reduce((a, g) => a + g.points, 0) * 100) / 100

/** The result's columns under a ranking order. */
function resultColumns(set: CriteriaSet, by: RankBy): ResultColumn[] {
  if (by === 'rows-met')
    return [
      { header: 'Số tiêu chí đạt', short: 'Đạt', width: 10, value: (_s, r) => r.rowsMet?.met ?? null },
      { header: 'Tổng số tiêu chí', short: 'Tổng số', width: 10, value: (_s, r) => r.rowsMet?.total ?? null },
    ]
  const totalColumn: ResultColumn = { header: 'Tổng điểm', short: 'Tổng điểm', width: 10, value: (s) => total(s) }
  if (by === 'points') return [totalColumn]
  return [
    ...set.groups.flatMap((g): ResultColumn[] => [
      { header: `Nhóm ${g.id}: điểm`, short: `Nhóm ${g.id} (điểm)`, width: 12, value: (s) => groupPoints(s, g.id) },
      { header: `Nhóm ${g.id}: mức`, short: `Nhóm ${g.id} (mức)`, width: 11, value: (s) => groupLevel(s, g.id) },
    ]),
    totalColumn,
  ]
}

/** What the "Ghi chú" column says of a row. */
function note(row: RankedSchool<PublishedSchool>): string {
  if (row.unranked) return STANDING[row.unranked]
  return row.tied ? STANDING.tied : ''
}

const sheetName = (s: string, taken: Set<string>): string => {
  const base = s.replace(/[[\]:*?/\\]/g, '-').slice(0, 31)
  let name = base
  for (let k = 2; taken.has(name); k++) name = `${base.slice(0, 28)} (${k})`
  taken.add(name)
  return name
}

export interface PublishInput<S extends PublishedSchool = PublishedSchool> {
  set: CriteriaSet
  by: RankBy
  /** The kinds' tables and the overall one (`rankByKind`). */
  tables: readonly RankingTable<S>[]
  classification: Classification | null
}

/** The class a row reaches, or '' (no rule, or no result). */
export function classOf(row: RankedSchool<PublishedSchool>, classification: Classification | null): string {
  if (!classification || row.measure === null) return ''
  return classify(row.measure, classification.bands) ?? ''
}

/** How many rows reach each class (classes no row reaches are absent). */
export function classCounts(rows: readonly RankedSchool<PublishedSchool>[], classification: Classification | null): Map<string, number> {
  const counts = new Map<string, number>()
  for (const r of rows) {
    const c = classOf(r, classification)
    if (c) counts.set(c, (counts.get(c) ?? 0) + 1)
  }
  return counts
}

/**
 * The workbook: one ranking sheet per school kind, the overall one, a matrix of every school (in
 * the overall order) × every chỉ số, and the list of chỉ số. Numbers are numbers; a chỉ số that is
 * a condition counts 1 when met and 0 when not.
 */
export function rankingWorkbook<S extends PublishedSchool>(input: PublishInput<S>): SheetModel[] {
  const { set, by, classification } = input
  const cols = resultColumns(set, by)
  const taken = new Set<string>()
  const sheets: SheetModel[] = []
  for (const t of input.tables) {
    const overall = t.kind === 'all'
    const header = [
      'Hạng',
      'Tên trường',
      'Mã trường',
      ...(overall ? ['Loại hình'] : []),
      'Xã, phường',
      ...cols.map((c) => c.header),
      ...(classification ? ['Xếp loại thi đua'] : []),
      'Căn cứ kết quả',
      'Ghi chú',
    ]
    const widths = [7, 40, 12, ...(overall ? [11] : []), 22, ...cols.map((c) => c.width), ...(classification ? [16] : []), 18, 22]
    const rows = t.rows.map((r): SheetCell[] => [
      r.rank,
      r.school.name,
      r.school.code || null,
      ...(overall ? [KIND_NAMES[r.school.kind]] : []),
      r.school.commune || null,
      ...cols.map((c) => (r.score ? c.value(r.score, r) : null)),
      ...(classification ? [classOf(r, classification) || null] : []),
      r.source ? STANDING[r.source] : null,
      note(r) || null,
    ])
    sheets.push({ name: sheetName(KIND_NAMES[t.kind], taken), header, rows, widths })
  }

  const items = set.groups.flatMap((g) => g.criteria.flatMap((c) => c.items)).filter((i) => i.kind !== 'info')
  const all = input.tables.find((t) => t.kind === 'all')?.rows ?? []
  sheets.push({
    name: sheetName('Ma trận chỉ số', taken),
    header: ['Hạng', 'Tên trường', 'Mã trường', 'Loại hình', ...items.map((i) => i.id)],
    rows: all.map((r): SheetCell[] => {
      const byItem = new Map(r.score?.groups.flatMap((g) => g.criteria.flatMap((c) => c.items.map((i) => [i.id, i] as const))) ?? [])
      return [
        r.rank,
        r.school.name,
        r.school.code || null,
        KIND_NAMES[r.school.kind],
        ...items.map((i): SheetCell => {
          const s = byItem.get(i.id)
          if (!s || !s.answered) return null
          return i.kind === 'condition' ? (s.met ? 1 : 0) : s.points
        }),
      ]
    }),
    widths: [7, 40, 12, 11, ...items.map(() => 8)],
  })
  sheets.push({
    name: sheetName('Danh mục chỉ số', taken),
    header: ['Mã', 'Nội dung', 'Cách tính', 'Điểm tối đa'],
    rows: items.map((i) => [i.id, cleanText(i.text.vi), i.kind === 'condition' ? 'Đạt = 1, không đạt = 0' : 'Điểm', i.kind === 'points' ? i.max : null]),
    widths: [10, 80, 22, 12],
  })
  return sheets
}

/** What the reviewer states for the notice; every field has a default they can change. */
export interface NoticeFields {
  /** "UBND XÃ AN PHÚ": the body above the unit, printed above its name. */
  governingBody: string
  /** "15/TB-VHXH"; blank leaves the number to write by hand. */
  number: string
  place: string
  /** The notice's date (YYYY-MM-DD or as typed); blank leaves it to write by hand. */
  date: string
  summary: string
  intro: string
  closing: string
  /** Lines above the signature, e.g. "KT. TRƯỞNG PHÒNG" / "PHÓ TRƯỞNG PHÒNG". */
  signerTitle: string
  signerName: string
  /** One recipient a line, "- Như trên;". */
  recipients: string
}

export interface NoticeContext {
  set: CriteriaSet
  schoolYear: string
  unit: { name: string; headName: string }
}

const setName = (set: CriteriaSet) => cleanText((set.shortTitle ?? set.title).vi).trim()
const lowerFirst = (s: string) => (s ? s.charAt(0).toLocaleLowerCase('vi') + s.slice(1) : s)

/** The notice's fields before the reviewer changes any. */
export function defaultNoticeFields(ctx: NoticeContext): NoticeFields {
  const name = lowerFirst(setName(ctx.set))
  const basis = ctx.set.legalBasis
  return {
    governingBody: '',
    number: '',
    place: '',
    date: '',
    summary: `Kết quả ${name} năm học ${ctx.schoolYear}`,
    intro:
      `Căn cứ ${basis.number} của ${basis.issuer}; căn cứ kết quả tự đánh giá của các cơ sở giáo dục và kết quả thẩm định, ` +
      `${ctx.unit.name || '…'} thông báo kết quả ${name} năm học ${ctx.schoolYear} như sau:`,
    closing: 'Đề nghị các cơ sở giáo dục căn cứ kết quả trên, khắc phục các tiêu chí chưa đạt và tiếp tục nâng cao mức độ chuyển đổi số.',
    signerTitle: 'TRƯỞNG PHÒNG',
    signerName: ctx.unit.headName,
    recipients: '- Các cơ sở giáo dục trên địa bàn;\n- Lưu: VT.',
  }
}

/** "Số: 05/TB-VHXH": numbers below 10 with a leading zero; blanks to fill by hand when not given. */
export function noticeNumber(number: string): string {
  const n = cleanText(number).trim()
  if (n === '') return 'Số:        /TB-'
  return `Số: ${n.replace(/^(\d)(?=\D|$)/, '0$1')}`
}

/** The rule a classification follows, said in a sentence under the tables. */
function classificationSentence(c: Classification, unitName: string, by: RankBy): string {
  const unitWord = by === 'rows-met' ? 'tiêu chí đạt' : 'điểm'
  const sorted = [...c.bands].sort((a, b) => b.min - a.min)
  const parts = sorted.map((b) => `${b.label}: ${b.minInclusive ? 'từ' : 'trên'} ${formatPoints(b.min)} ${unitWord}`)
  const whose = c.source === 'unit' ? `theo quy định của ${unitName || 'đơn vị'}` : 'theo bộ tiêu chí'
  return `Xếp loại thi đua ${whose}: ${parts.join('; ')}.`
}

function rankingTable(t: RankingTable, set: CriteriaSet, by: RankBy, classification: Classification | null): RecordTable {
  const cols = resultColumns(set, by)
  const printed = by === 'rows-met' ? [{ short: 'Số tiêu chí đạt', width: 0 }] : cols.map((c) => ({ short: c.short, width: 0 }))
  const resultWidth = by === 'rows-met' ? 14 : by === 'points' ? 12 : 10
  const classWidth = classification ? 13 : 0
  const fixed = 8 + printed.length * resultWidth + classWidth + 17
  const columns: RecordColumn[] = [
    { width: 8, align: 'center' },
    { width: 100 - fixed, align: 'left' },
    ...printed.map(() => ({ width: resultWidth, align: 'center' as const })),
    ...(classification ? [{ width: classWidth, align: 'center' as const }] : []),
    { width: 17, align: 'left' },
  ]
  const value = (v: number | string | null) => (v === null ? '' : typeof v === 'number' ? formatPoints(v) : v)
  const rows: RecordRow[] = t.rows.map((r) => {
    const results =
      by === 'rows-met'
        ? [r.rowsMet ? `${r.rowsMet.met}/${r.rowsMet.total}` : '']
        : cols.map((c) => (r.score ? value(c.value(r.score, r)) : ''))
    const notes = [r.source === 'self-assessed' ? STANDING['self-assessed'] : '', note(r)].filter(Boolean).join('; ')
    return {
      kind: 'plain',
      cells: [r.rank === null ? '' : String(r.rank), cleanText(r.school.name), ...results, ...(classification ? [classOf(r, classification)] : []), notes],
    }
  })
  return {
    kind: 'table',
    columns,
    header: ['Hạng', 'Tên trường', ...printed.map((p) => p.short), ...(classification ? ['Xếp loại'] : []), 'Ghi chú'],
    rows,
    small: true,
    rowHeader: 1,
  }
}

/** Schools at each level of each group, per school kind and overall: the chart, as a table on paper. */
function distributionTable(set: CriteriaSet, tables: readonly RankingTable[]): RecordTable | null {
  const levels = [...new Set(set.groups.flatMap((g) => (g.bands ?? set.levelRule?.levels ?? []).map((b) => b.level)))].sort((a, b) => a - b)
  if (levels.length < 2) return null
  const labelOf = (level: number) => {
    const names = new Set(set.groups.flatMap((g) => (g.bands ?? set.levelRule?.levels ?? []).filter((b) => b.level === level).map((b) => cleanText(b.label.vi).trim())))
    return names.size === 1 ? [...names][0] as string : `Mức ${level}`
  }
  const rows: RecordRow[] = []
  for (const g of set.groups) {
    rows.push({ kind: 'group', cells: [`Nhóm ${g.id}. ${cleanText(g.title.vi)}`, ...levels.map(() => ''), ''] })
    for (const t of tables) {
      const scores = t.rows.flatMap((r) => (r.score && r.rank !== null ? [r.score] : []))
      const d = levelDistribution(set, scores).find((x) => x.groupId === g.id)
      rows.push({ kind: t.kind === 'all' ? 'total' : 'plain', cells: [KIND_NAMES[t.kind], ...levels.map((l) => String(d?.counts.get(l) ?? 0)), String(scores.length)] })
    }
  }
  const share = Math.floor(50 / (levels.length + 1))
  return {
    kind: 'table',
    columns: [{ width: 100 - share * (levels.length + 1), align: 'left' }, ...levels.map(() => ({ width: share, align: 'center' as const })), { width: share, align: 'center' as const }],
    header: ['Loại hình', ...levels.map(labelOf), 'Số trường'],
    rows,
    small: true,
    rowHeader: 0,
  }
}

/** The notice of results as a one-document record model (PDF and Word print it). */
export function rankingNotice(input: PublishInput & NoticeContext & { fields: NoticeFields }): RecordModel {
  const { set, by, classification, fields: f } = input
  const kinds = input.tables.filter((t) => t.kind !== 'all')
  const body: RecordBlock[] = lines(f.intro).map((l) => ({ kind: 'paragraph', runs: [{ text: l }], indent: true }))
  kinds.forEach((t, k) => {
    const ranked = t.rows.filter((r) => r.rank !== null).length
    body.push({ kind: 'heading', level: 1, text: `${k + 1}. ${KIND_NAMES[t.kind]} (${t.rows.length} trường; ${ranked} trường được xếp hạng)` })
    body.push(rankingTable(t, set, by, classification))
  })
  if (classification) body.push({ kind: 'paragraph', runs: [{ text: classificationSentence(classification, input.unit.name, by), italics: true }], small: true })
  const dist = distributionTable(set, input.tables)
  if (dist) {
    body.push({ kind: 'heading', level: 1, text: `${kinds.length + 1}. Số trường theo mức của từng nhóm tiêu chí` })
    body.push(dist)
  }
  for (const l of lines(f.closing)) body.push({ kind: 'paragraph', runs: [{ text: l }], indent: true })
  const unit = cleanText(input.unit.name).trim()
  const fileName = `thong-bao-ket-qua-${asciiSlug(setName(set)).toLowerCase() || 'danh-gia'}-${asciiSlug(input.schoolYear)}`
  return {
    lang: 'vi',
    title: `Thông báo ${lowerFirst(cleanText(f.summary).trim())}`,
    author: unit,
    fileName,
    photoCount: 0,
    sections: [
      {
        id: 'report',
        name: 'Thông báo kết quả',
        fileName,
        header: {
          governingBody: upper(cleanText(f.governingBody).trim()),
          issuer: upper(unit),
          number: noticeNumber(f.number),
          motto: NATIONAL_MOTTO,
          placeDate: placeDateLine(f.place, f.date),
        },
        title: 'THÔNG BÁO',
        summary: cleanText(f.summary).trim(),
        subtitle: [],
        body,
        signatures: [{ title: lines(f.signerTitle).map(upper), name: cleanText(f.signerName).trim() }],
        recipients: { label: 'Nơi nhận:', lines: lines(f.recipients) },
      },
    ],
  }
}

/** What a desk keeps about a campaign's rankings (saved on change). */
export interface RankingSettings {
  /** The unit's own classification rule, as the reviewer wrote it. */
  unitBands?: ClassBand[]
  /** Classify by the unit's rule (also where the set has bands of its own). */
  useUnitBands?: boolean
  notice?: NoticeFields
}

/** The rule in force: the unit's when chosen and written, else the set's own, else none. */
export function effectiveClassification(set: CriteriaSet, s: RankingSettings | undefined): Classification | null {
  if (s?.useUnitBands && s.unitBands && s.unitBands.length > 0) return { source: 'unit', bands: s.unitBands }
  return setClassification(set)
}
