/**
 * Builds the record (hồ sơ tự đánh giá) from an assessment: plan, minutes, report, decision and
 * appendix, in the form of Nghị định 30/2020/NĐ-CP. Every word the record prints is made here.
 */
import type { CriteriaSet, Criterion, Group, Item, Provenance } from '../criteria/schema'
import type { Answer, Evidence, EvidenceKind, Member, School, Assessment } from '../model'
import { largestGaps, type AssessmentScore, type CriterionScore, type GroupScore, type ItemScore } from '../scoring/score'
import {
  assessmentSubject,
  attendeeLine,
  documentNumber,
  headTitle,
  legalBasisText,
  parseAttendee,
  type DocumentKind,
} from './defaults'
import type { RecordFields } from './fields'
import type {
  RecordBlock,
  RecordHeader,
  RecordModel,
  RecordRow,
  RecordRun,
  RecordSection,
  RecordSignature,
  RecordTable,
} from './model'
import {
  capitalize,
  cleanText,
  compareNatural,
  formatPoints,
  lines,
  longDate,
  placeDateLine,
  shortDate,
  stripMarks,
  upper,
  vietnamDate,
} from './text'

export const NATIONAL_MOTTO = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập – Tự do – Hạnh phúc'] as const

/** A criterion at or above this share of its maximum counts as a strength. */
export const STRENGTH_RATIO = 0.8
const MAX_STRENGTHS = 5
const MAX_WEAKNESSES = 5

/** Marks for rows whose wording is not checked against the legal text, with their legend. */
export const PROVENANCE_MARKS: Record<Provenance, string> = {
  official: '',
  translated: '†',
  unofficial: '*',
  inferred: '‡',
}
const PROVENANCE_LEGEND: Record<Exclude<Provenance, 'official'>, string> = {
  unofficial: 'dòng theo nguồn không chính thức, chưa đối chiếu với văn bản',
  translated: 'dòng theo bản dịch của văn bản',
  inferred: 'dòng do ứng dụng suy luận, không có trong văn bản',
}

export const EVIDENCE_KIND_LABELS: Record<EvidenceKind, string> = {
  photo: 'Ảnh chụp',
  document: 'Tệp văn bản',
  link: 'Liên kết',
  paper: 'Văn bản giấy',
}

export interface RecordInput {
  school: School
  assessment: Assessment
  set: CriteriaSet
  answers: readonly Answer[]
  evidence: readonly Evidence[]
  members: readonly Member[]
  /** Resolved fields: defaults with the principal's edits applied. */
  fields: RecordFields
  /** The assessment scored against `set`. */
  score: AssessmentScore
  lang: 'vi'
}

// ---------------------------------------------------------------------------------------------
// Block helpers
// ---------------------------------------------------------------------------------------------

const run = (text: string, style: Omit<RecordRun, 'text'> = {}): RecordRun => ({ text, ...style })
const b = (text: string) => run(text, { bold: true })
const i = (text: string) => run(text, { italics: true })

const para = (
  runs: string | RecordRun[],
  opts: { indent?: boolean; align?: 'left' | 'center' | 'right' | 'justify'; small?: boolean } = {},
): RecordBlock => ({
  kind: 'paragraph',
  runs: typeof runs === 'string' ? [run(runs)] : runs,
  align: opts.align ?? 'justify',
  indent: opts.indent ?? true,
  ...(opts.small ? { small: true } : {}),
})

const heading = (level: 1 | 2, text: string): RecordBlock => ({ kind: 'heading', level, text })

/** A multi-line field as paragraphs, one per line, the user's own dashes kept. */
const fieldParagraphs = (text: string): RecordBlock[] => lines(text).map((l) => para(l))

const list = (items: (string | RecordRun[])[]): RecordBlock => ({
  kind: 'list',
  marker: '-',
  items: items.map((it) => (typeof it === 'string' ? [run(it)] : it)),
})

/** Drops a trailing colon from a title used inside a sentence ("Triển khai phần mềm…:"). */
const inline = (s: string) => cleanText(s).trim().replace(/[:：]\s*$/u, '')

// ---------------------------------------------------------------------------------------------
// Scores in words
// ---------------------------------------------------------------------------------------------

interface Context {
  input: RecordInput
  name: string
  year: string
  subject: string
  abbr: string
  head: string
  headName: string
  legal: string
  /** The set's legal title: "Bộ chỉ số đánh giá mức độ chuyển đổi số của …". */
  setTitle: string
  /** The title with where it comes from: "… ban hành kèm theo Quyết định số 4725/QĐ-BGDĐT …". */
  setRef: string
  groups: { group: Group; score: GroupScore }[]
  criterionScores: Map<string, CriterionScore>
  itemScores: Map<string, ItemScore>
  answers: Map<string, Answer>
  evidenceByItem: Map<string, string[]>
  evidence: Evidence[]
  items: Map<string, { group: Group; criterion: Criterion; item: Item }>
}

const pointsOf = (points: number, max: number) => `${formatPoints(points)}/${formatPoints(max)}`

function groupLevelText(group: Group, gs: GroupScore): string {
  if (gs.level === null) return 'Chưa xếp được mức'
  const band = group.bands.find((x) => x.level === gs.level)
  const label = band ? cleanText(band.label.vi) : `Mức ${gs.level}`
  const parts = [label]
  if (gs.capped) parts.push('do điều kiện bắt buộc chưa đạt')
  if (gs.unanswered.length > 0) parts.push(`tạm tính, còn ${gs.unanswered.length} dòng chưa chấm`)
  return parts.length > 1 ? `${parts[0]} (${parts.slice(1).join('; ')})` : label
}

/** The set's labelled school-wide level: its label as the set words it, then the level. */
function summaryRuns(label: string, level: number): RecordRun[] {
  const l = cleanText(label).trim()
  return [i(/[.!?]$/u.test(l) ? l : `${l}.`), run(' '), b(`Kết quả: Mức ${level}.`)]
}

function groupName(group: Group): string {
  return `Nhóm ${group.id}: ${inline(group.title.vi)}`
}

function conditionText(ctx: Context, itemId: string): string {
  const place = ctx.items.get(itemId)
  return place ? inline(place.item.text.vi) : itemId
}

/** "Điều kiện bắt buộc 1.2 (Có ban hành quy chế tổ chức dạy học trực tuyến) chưa đạt." */
export function unmetConditionSentence(itemId: string, text: string): string {
  return `Điều kiện bắt buộc ${itemId} (${text}) chưa đạt.`
}

function conditionSentences(ctx: Context, gs: GroupScore): string[] {
  const out = gs.unmetConditions.map((id) => unmetConditionSentence(id, conditionText(ctx, id)))
  const pending = gs.criteria.flatMap((c) => c.items.filter((it) => it.kind === 'condition' && it.met === null))
  for (const it of pending) out.push(`Điều kiện bắt buộc ${it.id} (${conditionText(ctx, it.id)}) chưa được đánh giá.`)
  return out
}

function groupResultRuns(ctx: Context, group: Group, gs: GroupScore): RecordRun[] {
  return [
    b(`${groupName(group)}: `),
    run(`đạt ${pointsOf(gs.points, gs.max)} điểm, xếp `),
    b(groupLevelText(group, gs)),
    run('.'),
  ]
}

/** Per group: the total and level, then each unmet or unanswered mandatory condition. */
function groupResults(ctx: Context): RecordBlock[] {
  const blocks: RecordBlock[] = []
  for (const { group, score: gs } of ctx.groups) {
    blocks.push(list([groupResultRuns(ctx, group, gs)]))
    const conditions = conditionSentences(ctx, gs)
    if (conditions.length > 0) blocks.push(list(conditions))
    else if (gs.gate === 'met') blocks.push(list([`Các điều kiện bắt buộc của nhóm ${group.id}: đạt.`]))
  }
  return blocks
}

/** Notes that keep the record honest: incomplete scoring, invalid answers, the app's own rules. */
function scoreNotes(ctx: Context, small = false): RecordBlock[] {
  const { score, set } = ctx.input
  const out: RecordBlock[] = []
  if (score.unanswered.length > 0)
    out.push(para([i(`Kết quả còn tạm tính: ${score.unanswered.length}/${score.total} dòng chưa được chấm.`)], { small }))
  if (score.invalid.length > 0)
    out.push(para([i(`${score.invalid.length} câu trả lời không hợp lệ không được tính điểm.`)], { small }))
  if (set.conditionRule && ctx.groups.some((g) => g.score.gate === 'unmet'))
    out.push(para([i(cleanText(set.conditionRule.note.vi))], { small }))
  return out
}

/** What the set itself says about how far it can be trusted. */
function setNotes(ctx: Context, small = false): RecordBlock[] {
  const { set } = ctx.input
  const out: RecordBlock[] = []
  if (set.status.provenance !== 'official')
    out.push(para([b('Lưu ý về bộ chỉ số: '), i(cleanText(set.status.note.vi))], { small }))
  for (const { group } of ctx.groups)
    if (group.note) out.push(para([b(`Nhóm ${group.id}: `), i(cleanText(group.note.vi))], { small }))
  return out
}

interface Strength {
  criterion: Criterion
  cs: CriterionScore
}

function strengths(ctx: Context): Strength[] {
  const all: (Strength & { order: number })[] = []
  let order = 0
  for (const { group, score: gs } of ctx.groups)
    for (const cs of gs.criteria) {
      const criterion = group.criteria.find((c) => c.id === cs.id)
      if (criterion && cs.max > 0 && cs.points / cs.max >= STRENGTH_RATIO) all.push({ criterion, cs, order })
      order++
    }
  return all
    .sort((x, y) => y.cs.points / y.cs.max - x.cs.points / x.cs.max || x.order - y.order)
    .slice(0, MAX_STRENGTHS)
}

function criterionTitle(ctx: Context, criterionId: string): string {
  for (const { group } of ctx.groups) {
    const c = group.criteria.find((x) => x.id === criterionId)
    if (c) return inline(c.title.vi)
  }
  return criterionId
}

function strengthBlocks(ctx: Context): RecordBlock[] {
  const found = strengths(ctx)
  const items: string[] = found.map(
    ({ criterion, cs }) =>
      `Tiêu chí ${criterion.id} (${inline(criterion.title.vi)}): đạt ${pointsOf(cs.points, cs.max)} điểm.`,
  )
  for (const { group, score: gs } of ctx.groups)
    if (gs.gate === 'met') items.push(`Đáp ứng đầy đủ các điều kiện bắt buộc của nhóm ${group.id}.`)
  return items.length > 0
    ? [list(items)]
    : [para(`Chưa có tiêu chí nào đạt từ ${Math.round(STRENGTH_RATIO * 100)}% điểm tối đa trở lên.`)]
}

function weaknessBlocks(ctx: Context): RecordBlock[] {
  const strong = new Set(strengths(ctx).map((s) => s.criterion.id))
  const total = ctx.groups.reduce((n, g) => n + g.score.criteria.length, 0)
  const gaps = largestGaps(ctx.input.score, total)
    .filter((g) => g.gap > 0 && !strong.has(g.criterionId))
    .slice(0, MAX_WEAKNESSES)
  const items: string[] = ctx.groups.flatMap(({ score: gs }) =>
    gs.unmetConditions.map((id) => unmetConditionSentence(id, conditionText(ctx, id))),
  )
  for (const g of gaps)
    items.push(
      `Tiêu chí ${g.criterionId} (${criterionTitle(ctx, g.criterionId)}): đạt ${pointsOf(g.points, g.max)} điểm, còn thiếu ${formatPoints(g.gap)} điểm.`,
    )
  return items.length > 0 ? [list(items)] : [para('Không có tiêu chí nào còn thiếu điểm.')]
}

// ---------------------------------------------------------------------------------------------
// Tables
// ---------------------------------------------------------------------------------------------

function itemValue(ctx: Context, item: Item, is: ItemScore | undefined): string {
  if (!is) return '—'
  if (is.invalid) return 'Không hợp lệ'
  switch (item.kind) {
    case 'condition':
      return is.met === true ? 'Đạt' : is.met === false ? 'Chưa đạt' : 'Chưa đánh giá'
    case 'points':
      return is.answered ? formatPoints(is.points) : '—'
    case 'info':
      return '—'
  }
}

/** What the school declared for an info row (the LMS's name, built / rented / bought). */
function infoAnswer(ctx: Context, item: Item): string {
  const v = item.kind === 'info' ? ctx.answers.get(item.id)?.value : undefined
  return typeof v === 'string' && v.trim() !== '' ? cleanText(v.trim()) : ''
}

const mark = (p: Provenance) => PROVENANCE_MARKS[p]

function itemNote(ctx: Context, item: Item): string {
  const parts: string[] = []
  if (item.kind === 'condition') parts.push('Điều kiện bắt buộc')
  if (item.kind === 'info') {
    const answer = infoAnswer(ctx, item)
    parts.push(answer ? `Thông tin: ${answer}` : 'Thông tin: chưa khai')
  }
  const codes = ctx.evidenceByItem.get(item.id)
  if (codes && codes.length > 0) parts.push(codes.join(', '))
  return parts.join('; ')
}

function criterionNote(cs: CriterionScore): string {
  return cs.band ? cleanText(cs.band.label.vi) : ''
}

/** The full score table: every group, criterion and item, with provenance marks, totals and levels. */
function scoreTable(ctx: Context): { table: RecordTable; marks: Set<Provenance> } {
  const rows: RecordRow[] = []
  const used = new Set<Provenance>()
  const code = (id: string, p: Provenance) => {
    if (p !== 'official') used.add(p)
    return `${id}${mark(p)}`
  }
  for (const { group, score: gs } of ctx.groups) {
    rows.push({ kind: 'group', cells: [code(`Nhóm ${group.id}`, group.provenance), inline(group.title.vi), '', formatPoints(group.max), ''] })
    for (const criterion of group.criteria) {
      const cs = ctx.criterionScores.get(criterion.id)
      const only = criterion.items.length === 1 ? criterion.items[0] : undefined
      if (only && only.id === criterion.id) {
        const is = ctx.itemScores.get(only.id)
        const prov = only.provenance === 'official' ? criterion.provenance : only.provenance
        rows.push({
          kind: 'criterion',
          cells: [
            code(criterion.id, prov),
            inline(only.text.vi),
            itemValue(ctx, only, is),
            only.kind === 'points' ? formatPoints(only.max) : '—',
            [itemNote(ctx, only), cs ? criterionNote(cs) : ''].filter(Boolean).join('; '),
          ],
        })
        continue
      }
      rows.push({
        kind: 'criterion',
        cells: [
          code(criterion.id, criterion.provenance),
          cleanText(criterion.title.vi),
          cs && cs.max > 0 ? formatPoints(cs.points) : '',
          cs && cs.max > 0 ? formatPoints(cs.max) : '—',
          cs ? criterionNote(cs) : '',
        ],
      })
      for (const item of criterion.items) {
        const is = ctx.itemScores.get(item.id)
        rows.push({
          kind: 'item',
          cells: [
            code(item.id, item.provenance),
            cleanText(item.text.vi),
            itemValue(ctx, item, is),
            item.kind === 'points' ? formatPoints(item.max) : '—',
            itemNote(ctx, item),
          ],
        })
      }
    }
    const known = gs.knownMax < gs.max ? ` (các dòng đã biết: ${formatPoints(gs.knownMax)})` : ''
    rows.push({
      kind: 'total',
      cells: ['', `Tổng điểm nhóm ${group.id}`, formatPoints(gs.points), `${formatPoints(gs.max)}${known}`, groupLevelText(group, gs)],
    })
  }
  return {
    table: {
      kind: 'table',
      small: true,
      columns: [
        { width: 12, align: 'left' },
        { width: 44, align: 'left' },
        { width: 10, align: 'center' },
        { width: 12, align: 'center' },
        { width: 22, align: 'left' },
      ],
      header: ['Mã', 'Tiêu chí, nội dung', 'Điểm', 'Tối đa', 'Ghi chú, mức độ, minh chứng'],
      rows,
    },
    marks: used,
  }
}

/** Criterion-level results for the minutes. */
function criterionTable(ctx: Context): RecordTable {
  const rows: RecordRow[] = []
  for (const { group, score: gs } of ctx.groups) {
    rows.push({ kind: 'group', cells: [`Nhóm ${group.id}`, inline(group.title.vi), '', formatPoints(gs.max), ''] })
    for (const criterion of group.criteria) {
      const cs = ctx.criterionScores.get(criterion.id)
      if (!cs) continue
      const conditions = cs.items.filter((it) => it.kind === 'condition')
      const onlyConditions = cs.max === 0 && conditions.length > 0
      const result = onlyConditions
        ? cs.gate === 'met'
          ? 'Đạt'
          : cs.gate === 'unmet'
            ? 'Chưa đạt'
            : 'Chưa đánh giá'
        : formatPoints(cs.points)
      rows.push({
        kind: 'item',
        cells: [
          `${criterion.id}${mark(criterion.provenance)}`,
          cleanText(criterion.title.vi),
          result,
          onlyConditions ? '—' : formatPoints(cs.max),
          onlyConditions ? 'Điều kiện bắt buộc' : criterionNote(cs),
        ],
      })
    }
    rows.push({
      kind: 'total',
      cells: ['', `Tổng điểm nhóm ${group.id}`, formatPoints(gs.points), formatPoints(gs.max), groupLevelText(group, gs)],
    })
  }
  return {
    kind: 'table',
    small: true,
    columns: [
      { width: 12, align: 'left' },
      { width: 48, align: 'left' },
      { width: 10, align: 'center' },
      { width: 10, align: 'center' },
      { width: 20, align: 'left' },
    ],
    header: ['Tiêu chí', 'Nội dung', 'Điểm', 'Tối đa', 'Ghi chú, mức độ'],
    rows,
  }
}

function groupTable(ctx: Context): RecordTable {
  return {
    kind: 'table',
    columns: [
      { width: 46, align: 'left' },
      { width: 12, align: 'center' },
      { width: 12, align: 'center' },
      { width: 30, align: 'left' },
    ],
    header: ['Nhóm tiêu chí', 'Điểm', 'Tối đa', 'Mức độ'],
    rows: ctx.groups.map(({ group, score: gs }) => ({
      kind: 'plain',
      cells: [groupName(group), formatPoints(gs.points), formatPoints(gs.max), groupLevelText(group, gs)],
    })),
  }
}

/** "dưới 50 điểm", "từ 50 đến 75 điểm", "trên 75 điểm", exactly as the bounds are written. */
export function bandRangeText(band: { min: number; minInclusive: boolean; max: number; maxInclusive: boolean }, first: boolean, last: boolean): string {
  const lo = formatPoints(band.min)
  const hi = formatPoints(band.max)
  if (first && band.min === 0 && band.minInclusive) return band.maxInclusive ? `đến ${hi} điểm` : `dưới ${hi} điểm`
  if (last) return band.minInclusive ? `từ ${lo} điểm trở lên` : `trên ${lo} điểm`
  const from = band.minInclusive ? `từ ${lo}` : `trên ${lo}`
  const to = band.maxInclusive ? `đến ${hi} điểm` : `đến dưới ${hi} điểm`
  return `${from} ${to}`
}

function bandsText(group: Group): string {
  return group.bands
    .map((band, k) => `${cleanText(band.label.vi)}: ${bandRangeText(band, k === 0, k === group.bands.length - 1)}`)
    .join('; ')
}

/** How groups are rated: one sentence when every group has the same bands, else one per group. */
function levelRules(ctx: Context): RecordBlock[] {
  const texts = ctx.groups.map(({ group }) => bandsText(group))
  if (texts.length === 0) return []
  if (texts.every((t) => t === texts[0])) return [para(`Mỗi nhóm được xếp mức theo tổng điểm của nhóm: ${texts[0]}.`)]
  return ctx.groups.map(({ group }, k) => para(`Nhóm ${group.id} được xếp mức theo tổng điểm của nhóm: ${texts[k]}.`))
}

function evidenceDate(e: Evidence): string {
  if (e.capturedAt) return shortDate(vietnamDate(e.capturedAt))
  if (e.paper?.date) return shortDate(e.paper.date)
  return shortDate(vietnamDate(e.addedAt))
}

function evidenceTitle(e: Evidence): string {
  const title = cleanText(e.title).trim()
  if (e.kind === 'link' && e.url) return `${title}\n${cleanText(e.url)}`
  if (e.kind === 'paper' && e.paper) {
    const p = e.paper
    const ref = [p.number && `Số ${cleanText(p.number)}`, p.date && `ngày ${shortDate(p.date)}`, cleanText(p.issuer)]
      .filter(Boolean)
      .join(', ')
    return ref ? `${title}\n(${ref})` : title
  }
  return title
}

function evidenceTable(ctx: Context): RecordBlock {
  if (ctx.evidence.length === 0) return para('Chưa có minh chứng nào được ghi nhận.')
  return {
    kind: 'table',
    small: true,
    columns: [
      { width: 6, align: 'center' },
      { width: 15, align: 'left' },
      { width: 37, align: 'left' },
      { width: 14, align: 'left' },
      { width: 14, align: 'left' },
      { width: 14, align: 'center' },
    ],
    header: ['TT', 'Mã', 'Tên minh chứng', 'Loại', 'Dòng hỗ trợ', 'Ngày'],
    rows: ctx.evidence.map((e, k) => ({
      kind: 'plain',
      cells: [
        String(k + 1),
        cleanText(e.code),
        evidenceTitle(e),
        EVIDENCE_KIND_LABELS[e.kind],
        [...e.itemIds].sort(compareNatural).join(', '),
        evidenceDate(e),
      ],
    })),
  }
}

// ---------------------------------------------------------------------------------------------
// The five sections
// ---------------------------------------------------------------------------------------------

function header(ctx: Context, kind: DocumentKind, date: string): RecordHeader {
  const f = ctx.input.fields
  const numberField = { plan: f.planNumber, minutes: f.minutesNumber, report: f.reportNumber, decision: f.decisionNumber }[kind]
  return {
    governingBody: upper(f.governingBody),
    issuer: upper(ctx.name),
    number: `Số: ${documentNumber(numberField, kind, ctx.abbr)}`,
    motto: NATIONAL_MOTTO,
    placeDate: placeDateLine(f.place, date),
  }
}

const headSignature = (ctx: Context): RecordSignature => ({ title: [upper(ctx.head)], name: ctx.headName })

function recipients(text: string, first: string[] = []): { label: string; lines: string[] } {
  const own = lines(text)
  const extra = first.filter((l) => !own.some((o) => o.toLocaleLowerCase('vi').includes(l.replace(/^- |;$/g, '').toLocaleLowerCase('vi'))))
  return { label: 'Nơi nhận:', lines: [...extra, ...own] }
}

function planSection(ctx: Context): RecordSection {
  const f = ctx.input.fields
  const { members } = ctx.input
  const people = lines(f.attendees).map(parseAttendee)
  const memberByName = new Map(members.map((m) => [cleanText(m.name).trim(), m]))
  const criteriaOf = (m: Member | undefined) => {
    if (!m) return ''
    const ids = new Set<string>()
    for (const itemId of m.itemIds) {
      const place = ctx.items.get(itemId)
      ids.add(place ? place.criterion.id : itemId)
    }
    return [...ids].sort(compareNatural).join(', ')
  }
  const chair = cleanText(f.chair).trim()
  const secretary = cleanText(f.secretary).trim()
  const team: RecordTable = {
    kind: 'table',
    small: true,
    columns: [
      { width: 7, align: 'center' },
      { width: 27, align: 'left' },
      { width: 22, align: 'left' },
      { width: 16, align: 'left' },
      { width: 28, align: 'left' },
    ],
    header: ['TT', 'Họ và tên', 'Chức vụ', 'Nhiệm vụ', 'Tiêu chí phụ trách'],
    rows: people.map((p, k) => {
      const role = p.name === chair ? 'Tổ trưởng' : p.name === secretary ? 'Thư ký' : 'Thành viên'
      const assigned = criteriaOf(memberByName.get(p.name))
      return {
        kind: 'plain',
        cells: [String(k + 1), p.name, p.title, role, assigned || (role === 'Tổ trưởng' ? 'Chỉ đạo chung' : '')],
      }
    }),
  }
  const groupsLine = ctx.groups.map(
    ({ group }) =>
      `${groupName(group)} (${group.criteria.length} tiêu chí, tối đa ${formatPoints(group.max)} điểm).`,
  )
  const body: RecordBlock[] = [
    para([i(`Căn cứ ${ctx.legal} ban hành ${ctx.setTitle};`)]),
    para([i('Căn cứ tình hình thực tế của nhà trường,')]),
    para(`${ctx.name} xây dựng Kế hoạch tự kiểm tra, đánh giá ${ctx.subject} năm học ${ctx.year} như sau:`),
    heading(1, 'I. MỤC ĐÍCH, YÊU CẦU'),
    ...fieldParagraphs(f.purpose),
    heading(1, 'II. PHẠM VI, NỘI DUNG'),
    para(
      `Tự kiểm tra, đánh giá toàn bộ các tiêu chí của ${ctx.setRef}, gồm ${ctx.groups.length} nhóm tiêu chí:`,
    ),
    list(groupsLine),
    ...levelRules(ctx),
    heading(1, 'III. THỜI GIAN THỰC HIỆN'),
    ...fieldParagraphs(f.timeline),
    heading(1, 'IV. TỔ CÔNG TÁC VÀ PHÂN CÔNG NHIỆM VỤ'),
    ...(people.length > 0 ? [team] : [para('Danh sách tổ công tác được bổ sung sau.')]),
    heading(1, 'V. HỒ SƠ TỰ ĐÁNH GIÁ'),
    list([
      `Kế hoạch tự kiểm tra, đánh giá ${ctx.subject};`,
      'Biên bản tự kiểm tra, đánh giá;',
      'Báo cáo kết quả tự đánh giá;',
      `Quyết định phê duyệt kết quả tự đánh giá của ${ctx.head};`,
      'Phụ lục: bảng điểm tự đánh giá, danh mục minh chứng và ảnh minh chứng.',
    ]),
    para(
      `Trên đây là Kế hoạch tự kiểm tra, đánh giá ${ctx.subject} năm học ${ctx.year} của ${ctx.name}. Đề nghị các thành viên tổ công tác nghiêm túc thực hiện./.`,
    ),
  ]
  return {
    id: 'plan',
    name: `Kế hoạch tự kiểm tra, đánh giá ${ctx.subject}`,
    header: header(ctx, 'plan', f.planDate),
    title: 'KẾ HOẠCH',
    summary: `Tự kiểm tra, đánh giá ${ctx.subject} năm học ${ctx.year}`,
    subtitle: [],
    body,
    signatures: [headSignature(ctx)],
    recipients: recipients(f.recipients, ['- Tổ công tác (để thực hiện);']),
  }
}

function minutesSection(ctx: Context): RecordSection {
  const f = ctx.input.fields
  const people = lines(f.attendees).map(parseAttendee)
  const chair = cleanText(f.chair).trim()
  const secretary = cleanText(f.secretary).trim()
  const titleOf = (n: string) => people.find((p) => p.name === n)?.title
  const withTitle = (n: string) => (n === '' ? '……………………' : titleOf(n) ? `${n} — ${titleOf(n)}` : n)
  const body: RecordBlock[] = [
    heading(1, 'I. THỜI GIAN, ĐỊA ĐIỂM'),
    list([
      [b('Thời gian: '), run(`${capitalize(longDate(f.minutesDate))}.`)],
      [b('Địa điểm: '), run(`${cleanText(f.meetingPlace).trim() || '……………………'}.`)],
    ]),
    heading(1, 'II. THÀNH PHẦN'),
    list([
      [b('Chủ trì: '), run(withTitle(chair))],
      [b('Thư ký: '), run(withTitle(secretary))],
      [b('Thành viên tham dự: '), run(`${people.length} người, gồm:`)],
    ]),
    ...(people.length > 0
      ? [{ kind: 'list', marker: '+', nested: true, items: people.map((p) => [run(attendeeLine(p).replace(/ — $/, ''))]) } as RecordBlock]
      : []),
    heading(1, 'III. NỘI DUNG'),
    para(
      `Tổ công tác đã tự kiểm tra, đánh giá ${ctx.subject} năm học ${ctx.year} của ${ctx.name} theo ${ctx.setRef}, đối chiếu từng tiêu chí với minh chứng (${ctx.evidence.length} minh chứng). Kết quả như sau:`,
    ),
    heading(2, '1. Kết quả theo tiêu chí'),
    criterionTable(ctx),
    heading(2, '2. Kết quả theo nhóm tiêu chí'),
    ...groupResults(ctx),
    ...scoreNotes(ctx),
    heading(1, 'IV. KẾT LUẬN'),
    ...fieldParagraphs(f.conclusion),
    para('Biên bản đã được thông qua trước các thành viên dự họp, các thành viên nhất trí và cùng ký tên./.'),
  ]
  return {
    id: 'minutes',
    name: 'Biên bản tự kiểm tra, đánh giá',
    header: header(ctx, 'minutes', f.minutesDate),
    title: 'BIÊN BẢN',
    summary: `Tự kiểm tra, đánh giá ${ctx.subject} năm học ${ctx.year}`,
    subtitle: [],
    body,
    signatures: [
      { title: ['THƯ KÝ'], name: secretary },
      { title: ['CHỦ TRÌ'], name: chair },
    ],
    recipients: null,
  }
}

function reportSection(ctx: Context): RecordSection {
  const f = ctx.input.fields
  const { members, score } = ctx.input
  const photos = ctx.evidence.filter((e) => e.kind === 'photo').length
  const managing = cleanText(f.managingBody).trim()
  const summary = score.summary
  const body: RecordBlock[] = [
    para(
      `Thực hiện ${ctx.legal} ban hành ${ctx.setTitle}, ${ctx.name} báo cáo kết quả tự đánh giá ${ctx.subject} năm học ${ctx.year} như sau:`,
    ),
    heading(1, 'I. CÔNG TÁC TRIỂN KHAI'),
    list([
      `Ban hành Kế hoạch số ${documentNumber(f.planNumber, 'plan', ctx.abbr)} ngày ${shortDate(f.planDate)} về tự kiểm tra, đánh giá ${ctx.subject} năm học ${ctx.year}.`,
      `Thành lập tổ công tác gồm ${Math.max(lines(f.attendees).length, members.length)} thành viên; phân công thành viên phụ trách từng tiêu chí.`,
      `Thu thập, đối chiếu ${ctx.evidence.length} minh chứng${photos > 0 ? `, trong đó có ${photos} ảnh chụp` : ''}.`,
      `Ngày ${shortDate(f.minutesDate)}, tổ công tác họp thống nhất kết quả tự đánh giá (Biên bản số ${documentNumber(f.minutesNumber, 'minutes', ctx.abbr)}).`,
    ]),
    heading(1, 'II. KẾT QUẢ TỰ ĐÁNH GIÁ'),
    groupTable(ctx),
    ...groupResults(ctx),
    ...(summary && summary.level !== null
      ? [para(summaryRuns(summary.rule.label.vi, summary.level))]
      : []),
    ...scoreNotes(ctx),
    ...setNotes(ctx),
    heading(2, '1. Điểm mạnh'),
    ...strengthBlocks(ctx),
    heading(2, '2. Điểm yếu, hạn chế (các tiêu chí còn thiếu nhiều điểm nhất)'),
    ...weaknessBlocks(ctx),
    heading(1, 'III. KHÓ KHĂN, VƯỚNG MẮC'),
    ...fieldParagraphs(f.difficulties),
    heading(1, 'IV. ĐỀ XUẤT, KIẾN NGHỊ'),
    ...fieldParagraphs(f.proposals),
    para(
      `Trên đây là báo cáo kết quả tự đánh giá ${ctx.subject} năm học ${ctx.year} của ${ctx.name}; chi tiết tại Phụ lục kèm theo./.`,
    ),
  ]
  return {
    id: 'report',
    name: 'Báo cáo kết quả tự đánh giá',
    header: header(ctx, 'report', f.reportDate),
    title: 'BÁO CÁO',
    summary: `Kết quả tự đánh giá ${ctx.subject} năm học ${ctx.year}`,
    subtitle: managing ? [`Kính gửi: ${managing}.`] : [],
    body,
    signatures: [headSignature(ctx)],
    recipients: recipients(f.recipients),
  }
}

/** The school charter the head acts under, for the school kinds whose charter is certain. */
function charterBasis(school: School): string | null {
  switch (school.kind) {
    case 'tieu-hoc':
      return 'Căn cứ Điều lệ Trường tiểu học ban hành kèm theo Thông tư số 28/2020/TT-BGDĐT ngày 04/9/2020 của Bộ trưởng Bộ Giáo dục và Đào tạo;'
    case 'thcs':
    case 'thpt':
    case 'lien-cap':
      return 'Căn cứ Điều lệ trường trung học cơ sở, trường trung học phổ thông và trường phổ thông có nhiều cấp học ban hành kèm theo Thông tư số 32/2020/TT-BGDĐT ngày 15/9/2020 của Bộ trưởng Bộ Giáo dục và Đào tạo;'
    default:
      return null
  }
}

function decisionSection(ctx: Context): RecordSection {
  const f = ctx.input.fields
  const managing = cleanText(f.managingBody).trim() || 'cơ quan quản lý trực tiếp'
  const charter = charterBasis(ctx.input.school)
  const body: RecordBlock[] = [
    para([b(`${upper(ctx.head)} ${upper(ctx.name)}`)], { align: 'center', indent: false }),
    para([i(`Căn cứ ${ctx.legal} ban hành ${ctx.setTitle};`)]),
    ...(charter ? [para([i(charter)])] : []),
    para([
      i(
        `Căn cứ Kế hoạch số ${documentNumber(f.planNumber, 'plan', ctx.abbr)} ngày ${shortDate(f.planDate)} của ${ctx.name} về tự kiểm tra, đánh giá ${ctx.subject} năm học ${ctx.year};`,
      ),
    ]),
    para([
      i(
        `Căn cứ Biên bản số ${documentNumber(f.minutesNumber, 'minutes', ctx.abbr)} ngày ${shortDate(f.minutesDate)} của tổ công tác tự kiểm tra, đánh giá;`,
      ),
    ]),
    para([i('Theo đề nghị của tổ công tác tự kiểm tra, đánh giá.')]),
    para([b('QUYẾT ĐỊNH:')], { align: 'center', indent: false }),
    para([
      b('Điều 1. '),
      run(
        `Phê duyệt kết quả tự đánh giá ${ctx.subject} năm học ${ctx.year} của ${ctx.name} theo ${ctx.setRef}, như sau:`,
      ),
    ]),
    list(ctx.groups.map(({ group, score: gs }) => groupResultRuns(ctx, group, gs))),
    ...ctx.groups.flatMap(({ score: gs }) => {
      const c = conditionSentences(ctx, gs)
      return c.length > 0 ? [list(c)] : []
    }),
    para('Chi tiết kết quả tại Phụ lục kèm theo Quyết định này.'),
    para([
      b('Điều 2. '),
      run(
        `Quyết định này có hiệu lực kể từ ngày ký. Kết quả tự đánh giá được báo cáo ${managing} và cập nhật lên hệ thống cơ sở dữ liệu ngành Giáo dục theo quy định.`,
      ),
    ]),
    para([
      b('Điều 3. '),
      run(
        'Tổ công tác tự kiểm tra, đánh giá, các tổ chuyên môn, tổ văn phòng và các cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.',
      ),
    ]),
  ]
  return {
    id: 'decision',
    name: 'Quyết định phê duyệt kết quả tự đánh giá',
    header: header(ctx, 'decision', f.decisionDate),
    title: 'QUYẾT ĐỊNH',
    summary: `Về việc phê duyệt kết quả tự đánh giá ${ctx.subject} năm học ${ctx.year}`,
    subtitle: [],
    body,
    signatures: [headSignature(ctx)],
    recipients: recipients(f.recipients, ['- Như Điều 3;']),
  }
}

function appendixSection(ctx: Context): RecordSection {
  const f = ctx.input.fields
  const { score } = ctx.input
  const { table, marks } = scoreTable(ctx)
  const legend = (['unofficial', 'translated', 'inferred'] as const)
    .filter((p) => marks.has(p))
    .map((p) => `(${PROVENANCE_MARKS[p]}) ${PROVENANCE_LEGEND[p]}`)
  const photos = ctx.evidence
    .filter((e) => e.kind === 'photo' && e.file)
    .map((e) => ({ evidenceId: e.id, code: cleanText(e.code), caption: cleanText(e.title).trim() }))
  const summary = score.summary
  const body: RecordBlock[] = [
    heading(1, 'I. BẢNG ĐIỂM TỰ ĐÁNH GIÁ'),
    table,
    ...(legend.length > 0 ? [para([i(`Ký hiệu: ${legend.join('; ')}.`)], { small: true, indent: false })] : []),
    ...ctx.groups.map(({ group }) =>
      para([b(`Mức độ nhóm ${group.id}: `), run(`${bandsText(group)}.`)], { small: true, indent: false }),
    ),
    ...(summary && summary.level !== null
      ? [para(summaryRuns(summary.rule.label.vi, summary.level), { small: true, indent: false })]
      : []),
    ...ctx.groups.flatMap(({ score: gs }) => {
      const c = conditionSentences(ctx, gs)
      return c.length > 0 ? [list(c)] : []
    }),
    ...scoreNotes(ctx, true),
    ...setNotes(ctx, true),
    heading(1, 'II. DANH MỤC MINH CHỨNG'),
    evidenceTable(ctx),
    ...(photos.length > 0
      ? [
          heading(1, 'III. ẢNH MINH CHỨNG'),
          { kind: 'photos', photos, missingText: '(Không tải được ảnh)' } as RecordBlock,
        ]
      : []),
  ]
  return {
    id: 'appendix',
    name: 'Phụ lục: bảng điểm, danh mục và ảnh minh chứng',
    header: null,
    title: 'PHỤ LỤC',
    summary: `Kết quả tự đánh giá ${ctx.subject} năm học ${ctx.year} và danh mục minh chứng`,
    subtitle: [
      `(Kèm theo Quyết định số ${documentNumber(f.decisionNumber, 'decision', ctx.abbr)} ${longDate(f.decisionDate)} của ${ctx.head} ${ctx.name})`,
    ],
    body,
    signatures: [],
    recipients: null,
  }
}

// ---------------------------------------------------------------------------------------------

/** Every string in the model NFC and free of control characters, whatever path it came by. */
function deepClean<T>(value: T): T {
  if (typeof value === 'string') return cleanText(value) as T
  if (Array.isArray(value)) return value.map(deepClean) as T
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) out[k] = deepClean(v)
    return out as T
  }
  return value
}

function asciiSlug(s: string): string {
  return stripMarks(s)
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

/**
 * The record as a document model. Pure: everything comes in as arguments (fields already resolved,
 * the score already computed), and the same input always gives the same model.
 */
export function buildRecordModel(input: RecordInput): RecordModel {
  const { school, assessment, set, score, fields } = input
  const name = cleanText(school.name).trim()
  const subject = assessmentSubject(set)
  const groups = set.groups.flatMap((group) => {
    const gs = score.groups.find((g) => g.id === group.id)
    return gs ? [{ group, score: gs }] : []
  })
  const items = new Map(
    set.groups.flatMap((group) => group.criteria.flatMap((criterion) => criterion.items.map((item) => [item.id, { group, criterion, item }] as const))),
  )
  const evidence = [...input.evidence].sort(
    (a, b) => compareNatural(cleanText(a.code), cleanText(b.code)) || a.addedAt.localeCompare(b.addedAt) || a.id.localeCompare(b.id),
  )
  const evidenceByItem = new Map<string, string[]>()
  for (const e of evidence)
    for (const itemId of e.itemIds) evidenceByItem.set(itemId, [...(evidenceByItem.get(itemId) ?? []), cleanText(e.code)])
  const head = headTitle(school.kind)
  const ctx: Context = {
    input,
    name,
    year: cleanText(assessment.schoolYear).trim(),
    subject,
    abbr: cleanText(fields.schoolAbbreviation).trim(),
    head,
    headName: cleanText(school.headName).trim() || cleanText(fields.chair).trim(),
    legal: legalBasisText(set),
    setTitle: cleanText(set.legalBasis.title?.vi ?? set.title.vi),
    setRef: `${cleanText(set.legalBasis.title?.vi ?? set.title.vi)} ban hành kèm theo ${legalBasisText(set)}`,
    groups,
    criterionScores: new Map(score.groups.flatMap((g) => g.criteria.map((c) => [c.id, c] as const))),
    itemScores: new Map(score.groups.flatMap((g) => g.criteria.flatMap((c) => c.items.map((it) => [it.id, it] as const)))),
    answers: new Map(input.answers.map((a) => [a.itemId, a])),
    evidenceByItem,
    evidence,
    items,
  }
  const sections = [planSection(ctx), minutesSection(ctx), reportSection(ctx), decisionSection(ctx), appendixSection(ctx)]
  const photoCount = evidence.filter((e) => e.kind === 'photo' && e.file).length
  return deepClean({
    lang: 'vi',
    title: `Hồ sơ tự đánh giá ${subject} năm học ${ctx.year} — ${name}`,
    author: name,
    fileName: `ho-so-tu-danh-gia-${asciiSlug(ctx.abbr) || 'truong'}-${asciiSlug(ctx.year)}`,
    sections,
    photoCount,
  } satisfies RecordModel)
}
