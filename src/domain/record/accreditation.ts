/**
 * The accreditation self-evaluation report (báo cáo tự đánh giá) of a set rated by levels: Phần I
 * the school's data, Phần II each standard and criterion (hiện trạng, điểm mạnh, điểm yếu, kế hoạch
 * cải tiến with who and when, the level reached), Phần III the conclusion (criteria per level, the
 * school's level under the set's rule), Phần IV the evidence list. One document in the form of
 * Nghị định 30/2020/NĐ-CP, built from the same blocks as the 4725 record; its words are below.
 */
import type { Criterion, Group, InfoItem, Narrative } from '../criteria/schema'
import type { CriterionScore } from '../scoring/score'
import { b, fieldParagraphs, heading, para, run } from './blocks'
import { makeContext, type Context, type RecordInput } from './context'
import { recordBaseName } from './files'
import type { RecordBlock, RecordModel, RecordSection, RecordTable } from './model'
import { header, headSignature, recipients, type SectionDraft } from './sections/common'
import { evidenceTable } from './tables'
import { cleanText, lines } from './text'
import { ACCR, SCHOOL_KIND_NAMES, STAT_WORDS } from './accreditationWords'
import { defaultRecordFields, type DefaultRecordInput } from './defaults'
import type { RecordFields } from './fields'
import { columnTotal, parseStatistics, rowTotal, statKey, statisticsTables, type StatTable } from './statistics'

const answerText = (ctx: Context, id: string): string => {
  const v = ctx.answers.get(id)?.value
  return typeof v === 'string' ? cleanText(v).trim() : ''
}

const narrativeOf = (c: Criterion, role: Narrative): InfoItem | undefined =>
  c.items.find((i): i is InfoItem => i.kind === 'info' && i.narrative === role)

/** A narrative's text as paragraphs, or a dotted line to write by hand when it is empty. */
function written(ctx: Context, item: InfoItem | undefined): RecordBlock[] {
  const text = item ? answerText(ctx, item.id) : ''
  return text ? fieldParagraphs(text) : [para(ACCR.blank)]
}

const levelName = (ctx: Context, level: number) =>
  cleanText(ctx.input.set.levelRule?.levels.find((l) => l.level === level)?.label.vi ?? ACCR.level(level))

function reachedText(ctx: Context, level: number | null): string {
  return level ? ACCR.reached(levelName(ctx, level)) : ACCR.notReached(levelName(ctx, 1))
}

function criterionBlocks(ctx: Context, c: Criterion, cs: CriterionScore | undefined): RecordBlock[] {
  const codes = [...new Set(c.items.flatMap((i) => ctx.evidenceByItem.get(i.id) ?? []))]
  const part = (n: number, role: Narrative, fallback: string) => {
    const item = narrativeOf(c, role)
    return [para([b(`${n}. ${item ? cleanText(item.text.vi) : fallback}`)], { indent: true }), ...written(ctx, item)]
  }
  const who = narrativeOf(c, 'improvement-who')
  const when = narrativeOf(c, 'improvement-when')
  const levels = ctx.input.set.levelRule?.levels ?? []
  return [
    heading(2, ACCR.criterion(c.id, cleanText(c.title.vi), c.mandatory === true)),
    ...part(1, 'current-state', ACCR.currentState),
    ...(codes.length ? [para([b(ACCR.evidenceLabel), run(codes.join(', '))])] : []),
    ...part(2, 'strengths', ACCR.strengths),
    ...part(3, 'weaknesses', ACCR.weaknesses),
    ...part(4, 'improvement', ACCR.improvement),
    ...(who ? [para([b(`${cleanText(who.text.vi)}: `), run(answerText(ctx, who.id) || ACCR.blankShort)])] : []),
    ...(when ? [para([b(`${cleanText(when.text.vi)}: `), run(answerText(ctx, when.id) || ACCR.blankShort)])] : []),
    para([b(`5. ${ACCR.selfRating}`)]),
    para(
      levels
        .filter((l) => c.items.some((i) => i.kind === 'level' && i.level === l.level))
        .map((l) => ACCR.levelResult(cleanText(l.label.vi), (cs?.level ?? 0) >= l.level))
        .join('; ') + '.',
    ),
    para([b(reachedText(ctx, cs?.level ?? 0))]),
  ]
}

function standardBlocks(ctx: Context, group: Group, level: number | null): RecordBlock[] {
  const scores = ctx.groups.find((g) => g.group.id === group.id)?.score.criteria ?? []
  const byId = new Map(scores.map((s) => [s.id, s]))
  return [
    heading(1, ACCR.standard(group.id, cleanText(group.title.vi))),
    ...group.criteria.flatMap((c) => criterionBlocks(ctx, c, byId.get(c.id))),
    para([b(ACCR.standardConclusion(group.id)), run(standardSummary(ctx, scores, level))]),
  ]
}

function standardSummary(ctx: Context, scores: readonly CriterionScore[], level: number | null): string {
  const counts = (ctx.input.set.levelRule?.levels ?? []).map((l) =>
    ACCR.countAt(levelName(ctx, l.level), scores.filter((s) => (s.level ?? 0) >= l.level).length, scores.length),
  )
  const own = level === null ? '' : ` ${reachedText(ctx, level)}.`
  return `${counts.join('; ')}.${own}`
}

function conclusionTable(ctx: Context): RecordTable {
  const levels = ctx.input.set.levelRule?.levels ?? []
  const width = Math.floor(60 / Math.max(1, levels.length))
  const row = (label: string, scores: readonly CriterionScore[]) => [
    label,
    String(scores.length),
    ...levels.map((l) => String(scores.filter((s) => (s.level ?? 0) >= l.level).length)),
  ]
  const all = ctx.groups.flatMap((g) => g.score.criteria)
  return {
    kind: 'table',
    columns: [
      { width: 100 - 15 - width * levels.length, align: 'left' },
      { width: 15, align: 'center' },
      ...levels.map(() => ({ width, align: 'center' as const })),
    ],
    header: [ACCR.tableStandard, ACCR.tableCriteria, ...levels.map((l) => ACCR.tableAt(cleanText(l.label.vi)))],
    rows: [
      ...ctx.groups.map(({ group, score }) => ({ kind: 'plain' as const, cells: row(ACCR.standardShort(group.id), score.criteria) })),
      { kind: 'total' as const, cells: row(ACCR.total, all) },
    ],
  }
}

/** One table of Phần I; an empty cell prints empty, to be filled by hand. */
function statisticsTable(ctx: Context, table: StatTable, values: ReadonlyMap<string, number>): RecordTable {
  const kind = ctx.input.school.kind
  const cell = (v: number | null | undefined) => (v === null || v === undefined ? '' : String(v))
  const columns = [...table.columns.map((c) => STAT_WORDS.column(c, kind)), ...(table.totalColumn ? [STAT_WORDS.total] : [])]
  const first = 34
  const width = Math.floor((100 - first) / columns.length)
  return {
    kind: 'table',
    columns: [{ width: 100 - width * columns.length, align: 'left' }, ...columns.map(() => ({ width, align: 'center' as const }))],
    header: [STAT_WORDS.firstColumn[table.id](kind), ...columns],
    rows: [
      ...table.rows.map((r) => ({
        kind: 'plain' as const,
        cells: [
          STAT_WORDS.row(r),
          ...table.columns.map((c) => cell(values.get(statKey(table.id, r, c)))),
          ...(table.totalColumn ? [cell(rowTotal(values, table, r))] : []),
        ],
      })),
      ...(table.totalRow
        ? [{ kind: 'total' as const, cells: [STAT_WORDS.totalRow, ...table.columns.map((c) => cell(columnTotal(values, table, c)))] }]
        : []),
    ],
  }
}

function statisticsBlocks(ctx: Context): RecordBlock[] {
  const values = parseStatistics(ctx.input.fields.statistics)
  const kind = ctx.input.school.kind
  return statisticsTables(kind).flatMap((t, i) => [
    para([b(ACCR.tableTitle(i + 1, STAT_WORDS.tables[t.id](kind), ctx.s.year))]),
    statisticsTable(ctx, t, values),
  ])
}

function reportSection(ctx: Context): SectionDraft {
  const f = ctx.input.fields
  const { school, set, score } = ctx.input
  const managing = cleanText(f.managingBody).trim()
  const mandatoryOpen = ctx.groups.flatMap((g) => g.score.criteria).filter((c) => c.mandatory && (c.level ?? 0) < 1)
  const data = [
    ACCR.dataName(ctx.s.name),
    ACCR.dataKind(SCHOOL_KIND_NAMES[school.kind]),
    ...(cleanText(school.code).trim() ? [ACCR.dataCode(cleanText(school.code).trim())] : []),
    ...(cleanText(school.commune).trim() || cleanText(school.province).trim()
      ? [ACCR.dataPlace([school.commune, school.province].map((x) => cleanText(x).trim()).filter(Boolean).join(', '))]
      : []),
    ...(managing ? [ACCR.dataManaging(managing)] : []),
    ...(ctx.headName ? [ACCR.dataHead(ctx.s.head, ctx.headName)] : []),
  ]
  const body: RecordBlock[] = [
    para(ACCR.intro(ctx.s.legal, cleanText(set.title.vi), ctx.s.name, ctx.s.year)),
    heading(1, ACCR.part1),
    ...data.map((d) => para(d)),
    ...statisticsBlocks(ctx),
    heading(1, ACCR.part2),
    ...ctx.groups.flatMap(({ group, score: gs }) => standardBlocks(ctx, group, gs.level)),
    heading(1, ACCR.part3),
    conclusionTable(ctx),
    para([b(ACCR.schoolResult), run(`${reachedText(ctx, score.schoolLevel ?? 0)}.`)]),
    ...(mandatoryOpen.length ? [para(ACCR.mandatoryOpen(mandatoryOpen.map((c) => c.id).join(', ')))] : []),
    ...(lines(f.proposals).length ? [para([b(ACCR.proposals)]), ...fieldParagraphs(f.proposals)] : []),
    heading(1, ACCR.part4),
    para([b(ACCR.evidenceList)]),
    evidenceTable(ctx),
  ]
  return {
    id: 'report',
    name: ACCR.name,
    header: header(ctx, 'report', f.reportDate),
    title: ACCR.title,
    summary: ACCR.summary(ctx.s.year),
    subtitle: managing ? [ACCR.to(managing)] : [],
    body,
    signatures: [headSignature(ctx)],
    recipients: recipients(f.recipients),
  }
}

export const ACCREDITATION_FILE_STEM = 'bao-cao-tu-danh-gia-chat-luong'

/** The report as the record's model: one document, also the whole record. */
export function buildAccreditationRecord(input: RecordInput): RecordModel {
  const ctx = makeContext(input)
  const fileName = recordBaseName(ACCREDITATION_FILE_STEM, ctx.abbr, ctx.s.year)
  const section: RecordSection = { ...reportSection(ctx), fileName }
  return {
    lang: 'vi',
    title: ACCR.recordTitle(ctx.s.name, ctx.s.year),
    author: ctx.s.name,
    fileName,
    sections: [section],
    photoCount: 0,
  }
}

/**
 * The report's defaults: those every record has, without the 4725 record's own texts — its
 * proposals speak of digital transformation, so the report's "Kiến nghị" starts blank (and is then
 * not printed).
 */
export function defaultAccreditationFields(input: DefaultRecordInput): RecordFields {
  return { ...defaultRecordFields(input), proposals: '' }
}
