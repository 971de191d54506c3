/**
 * Builds the record (hồ sơ tự đánh giá) from an assessment: plan, minutes, report, decision and
 * appendix, in the form of Nghị định 30/2020/NĐ-CP. The documents are in `sections/`, their words
 * in `wording.ts`; this file puts them together.
 */
import { makeContext, type RecordInput } from './context'
import { targetSentences } from './directions'
import type { RecordFields } from './fields'
import { recordBaseName } from './files'
import { generatedText, type GeneratedField } from './generated'
import type { RECORD_SECTION_IDS, RecordModel, RecordSection } from './model'
import { strengthPoints, weaknessPoints } from './results'
import { appendixSection } from './sections/appendix'
import { decisionSection } from './sections/decision'
import { minutesSection } from './sections/minutes'
import { planSection } from './sections/plan'
import { reportSection } from './sections/report'
import { teamSection } from './sections/team'
import { cleanText } from './text'
import { RECORD_TITLE } from './wording'

export type { RecordInput } from './context'

/** Every string in the model NFC and free of control characters, whatever path it came by. */
export function deepClean<T>(value: T): T {
  if (typeof value === 'string') return cleanText(value) as T
  if (Array.isArray(value)) return value.map(deepClean) as T
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, deepClean(v)])) as T
  }
  return value
}

/** File-name stems of the whole record and of each document made alone. */
export const SELF_ASSESSMENT_FILE_STEMS = {
  record: 'ho-so-tu-danh-gia',
  plan: 'ke-hoach-tu-danh-gia',
  minutes: 'bien-ban-tu-danh-gia',
  report: 'bao-cao-tu-danh-gia',
  decision: 'quyet-dinh-phe-duyet',
  appendix: 'phu-luc-tu-danh-gia',
  team: 'quyet-dinh-thanh-lap-to-cong-tac',
} as const satisfies Record<(typeof RECORD_SECTION_IDS)[number] | 'team' | 'record', string>

/**
 * The record as a document model. Pure: everything comes in as arguments (fields already resolved,
 * the score already computed), and the same input always gives the same model.
 */
export function buildRecordModel(input: RecordInput): RecordModel {
  const ctx = makeContext(input)
  const name = (stem: string) => recordBaseName(stem, ctx.abbr, ctx.s.year)
  const team = ctx.input.fields.teamDecision === 'yes' ? [teamSection(ctx)] : []
  const sections = [...team, planSection(ctx), minutesSection(ctx), reportSection(ctx), decisionSection(ctx), appendixSection(ctx)].map(
    (s): RecordSection => ({ ...s, fileName: name(SELF_ASSESSMENT_FILE_STEMS[s.id as keyof typeof SELF_ASSESSMENT_FILE_STEMS]) }),
  )
  return deepClean({
    lang: 'vi',
    title: RECORD_TITLE(ctx.s),
    author: ctx.s.name,
    fileName: name(SELF_ASSESSMENT_FILE_STEMS.record),
    sections,
    photoCount: ctx.evidence.filter((e) => e.kind === 'photo' && e.file).length,
  } satisfies RecordModel)
}

/**
 * The report's generated points (strengths, weaknesses, targets) as the record screen offers them
 * for rewriting: one point per line after a dash, the defaults of those fields.
 */
export function generatedRecordFields(input: RecordInput): Pick<RecordFields, GeneratedField> {
  const ctx = makeContext(input)
  return deepClean({
    strengths: generatedText(strengthPoints(ctx)),
    weaknesses: generatedText(weaknessPoints(ctx)),
    directions: generatedText({ items: targetSentences(ctx) }),
  })
}
