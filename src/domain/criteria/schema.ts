/**
 * The criteria-set file format: the single source of truth for its types.
 *
 * A criteria set is data (one immutable JSON file per released version under `criteria-sets/`),
 * so the same engine scores QĐ 4725, the TT 37/2020 portal checklist and, later, accreditation.
 * Structural rules that a schema cannot express (unique ids, sums within maxima, bands without gaps
 * or overlaps) live in `parse.ts`.
 */
import * as v from 'valibot'
import { EVIDENCE_CODE_FORMATS } from '../evidence/codes'

export const CRITERIA_SET_FORMAT = 'chiso.criteria-set'
export const CRITERIA_SET_FORMAT_VERSION = 1

/** Longest text any field may hold; a larger file is not a criteria set. */
const MAX_TEXT = 4000

const nfc = (s: string) => s.normalize('NFC')
const text = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(MAX_TEXT), v.transform(nfc))

/** Text in the content languages: Vietnamese always, English when someone wrote it. */
export const LocalTextSchema = v.strictObject({ vi: text, en: v.optional(text) })
export type LocalText = v.InferOutput<typeof LocalTextSchema>

/**
 * How far a row's wording and numbers can be trusted:
 * - `official`: checked against the legal text;
 * - `translated`: from a translation of the legal text;
 * - `unofficial`: from a secondary source (a platform, a third party's encoding);
 * - `inferred`: our own reasoning, not stated anywhere.
 */
export const PROVENANCES = ['official', 'translated', 'unofficial', 'inferred'] as const
export const ProvenanceSchema = v.picklist(PROVENANCES)
export type Provenance = v.InferOutput<typeof ProvenanceSchema>

/** `isoDate` checks the shape only (it takes 2022-02-30); this checks the calendar. */
const isCalendarDay = (s: string) => {
  const d = new Date(`${s}T00:00:00.000Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s
}

const id = v.pipe(v.string(), v.regex(/^[0-9A-Za-z][0-9A-Za-z.()_-]{0,31}$/))
const points = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(1000))

/**
 * One level band with its bounds written exactly as the text has them,
 * e.g. "từ 50 đến 75" is `{ min: 50, minInclusive: true, max: 75, maxInclusive: true }`.
 */
export const BandSchema = v.strictObject({
  level: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(9)),
  label: LocalTextSchema,
  min: points,
  minInclusive: v.boolean(),
  max: points,
  maxInclusive: v.boolean(),
})
export type Band = v.InferOutput<typeof BandSchema>

const bands = v.pipe(v.array(BandSchema), v.minLength(1), v.maxLength(9))

/** Where an item's wording and guidance come from, and what counts as evidence. */
const rowText = {
  text: LocalTextSchema,
  provenance: ProvenanceSchema,
  /** What counts as evidence, in the set's words ("Ghi chú, minh chứng"), e.g. "Liên kết ngoài". */
  evidenceNote: v.optional(LocalTextSchema),
  /** Help written for the school; not part of the legal text. */
  guidance: v.optional(LocalTextSchema),
  sources: v.optional(v.array(id)),
}

/**
 * School-wide totals a percentage row can be a share of, entered once per assessment and reused by
 * every row that counts against them (the UI names them: "Tổng số giáo viên", …).
 */
export const SCHOOL_TOTALS = ['teachers', 'classes', 'classrooms'] as const
export type SchoolTotal = (typeof SCHOOL_TOTALS)[number]

/**
 * A percentage asked as the two counts a school knows: `part` is the question for the count
 * ("Số giáo viên có tài khoản"), `of` the school-wide total it is a share of.
 */
export const CountRuleSchema = v.strictObject({
  part: LocalTextSchema,
  of: v.picklist(SCHOOL_TOTALS),
})
export type CountRule = v.InferOutput<typeof CountRuleSchema>

const suggestText = {
  provenance: ProvenanceSchema,
  note: v.optional(LocalTextSchema),
}

/**
 * A suggestion the UI offers but never forces. It is labelled as a suggestion because the official
 * rule (for 4725's percentage rows) is not known; the school's own number always wins.
 * - `yes-no`: yes → the item's max, no → 0;
 * - `percentage`: percentage × max, rounded to the item's step; with `count`, the percentage is
 *   asked as a count out of a school-wide total.
 */
export const SuggestRuleSchema = v.variant('from', [
  v.strictObject({ from: v.literal('yes-no'), ...suggestText }),
  v.strictObject({ from: v.literal('percentage'), ...suggestText, count: v.optional(CountRuleSchema) }),
])
export type SuggestRule = v.InferOutput<typeof SuggestRuleSchema>

export const ConditionItemSchema = v.strictObject({
  id,
  kind: v.literal('condition'),
  ...rowText,
})
export const PointsItemSchema = v.strictObject({
  id,
  kind: v.literal('points'),
  ...rowText,
  max: v.pipe(points, v.minValue(0.5)),
  /** Smallest increment: whole points, or half points where the set allows them. */
  step: v.optional(v.picklist([1, 0.5]), 1),
  suggest: v.optional(SuggestRuleSchema),
})
/**
 * The parts of a criterion's written self-evaluation that a report places by role (accreditation's
 * "phiếu đánh giá tiêu chí"): the current state, strengths, weaknesses, and the improvement plan
 * with who carries it out and by when. A set declares them as `info` rows with a `narrative` role,
 * so they are filled, assigned, contributed and backed up like any other row.
 */
export const NARRATIVES = ['current-state', 'strengths', 'weaknesses', 'improvement', 'improvement-who', 'improvement-when'] as const
export type Narrative = (typeof NARRATIVES)[number]

export const InfoItemSchema = v.strictObject({
  id,
  kind: v.literal('info'),
  ...rowText,
  narrative: v.optional(v.picklist(NARRATIVES)),
})

const levelNumber = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(9))

/**
 * One indicator (chỉ báo) of a criterion rated by levels: met or not met. It belongs to one level;
 * a criterion reaches level k when every indicator of levels 1..k is met (see `scoring/levels.ts`).
 */
export const LevelItemSchema = v.strictObject({
  id,
  kind: v.literal('level'),
  ...rowText,
  level: levelNumber,
})

export const ItemSchema = v.variant('kind', [ConditionItemSchema, PointsItemSchema, InfoItemSchema, LevelItemSchema])
export type Item = v.InferOutput<typeof ItemSchema>
export type ConditionItem = v.InferOutput<typeof ConditionItemSchema>
export type PointsItem = v.InferOutput<typeof PointsItemSchema>
export type InfoItem = v.InferOutput<typeof InfoItemSchema>
export type LevelItem = v.InferOutput<typeof LevelItemSchema>
export type ItemKind = Item['kind']

export const CriterionSchema = v.strictObject({
  id,
  title: LocalTextSchema,
  provenance: ProvenanceSchema,
  /** Omitted for criteria made only of conditions or facts; then the sum of the items' maxima. */
  max: v.optional(points),
  bands: v.optional(bands),
  evidenceNote: v.optional(LocalTextSchema),
  guidance: v.optional(LocalTextSchema),
  note: v.optional(LocalTextSchema),
  sources: v.optional(v.array(id)),
  /** A criterion the set's level rule treats as mandatory (tiêu chí bắt buộc); only with `levelRule`. */
  mandatory: v.optional(v.boolean()),
  items: v.pipe(v.array(ItemSchema), v.minLength(1), v.maxLength(200)),
})
export type Criterion = v.InferOutput<typeof CriterionSchema>

export const GroupSchema = v.strictObject({
  id,
  title: LocalTextSchema,
  provenance: ProvenanceSchema,
  /** Points and bands: required in a set scored by points, absent in a set rated by levels (`levelRule`). */
  max: v.optional(v.pipe(points, v.minValue(1))),
  bands: v.optional(bands),
  /** Said wherever the group is shown, e.g. that its known rows sum to less than its maximum. */
  note: v.optional(LocalTextSchema),
  sources: v.optional(v.array(id)),
  criteria: v.pipe(v.array(CriterionSchema), v.minLength(1), v.maxLength(200)),
})
export type Group = v.InferOutput<typeof GroupSchema>

/**
 * What an unmet mandatory condition does to its group, as data:
 * - `cap-level`: the group is flagged and its level shown as at most `capLevel`;
 * - `flag`: the group is flagged; its level is not changed.
 */
export const ConditionRuleSchema = v.strictObject({
  effect: v.picklist(['cap-level', 'flag']),
  capLevel: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(9))),
  provenance: ProvenanceSchema,
  note: LocalTextSchema,
})
export type ConditionRule = v.InferOutput<typeof ConditionRuleSchema>

/** An optional single school-wide level, always shown with its label (it is not a group's level). */
export const SummaryRuleSchema = v.strictObject({
  rule: v.literal('lowest-group-level'),
  provenance: ProvenanceSchema,
  label: LocalTextSchema,
})
export type SummaryRule = v.InferOutput<typeof SummaryRuleSchema>

/**
 * One condition of a level rule: among the criteria it names (of the standard, or of the whole set),
 * at least `min` of them (all of them when absent) reach level `atLeast` or higher.
 * - `all`: every criterion; `mandatory`: those marked `mandatory`; `other`: those not marked.
 */
export const LevelConditionSchema = v.strictObject({
  criteria: v.picklist(['all', 'mandatory', 'other']),
  atLeast: levelNumber,
  min: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(200))),
})
export type LevelCondition = v.InferOutput<typeof LevelConditionSchema>

/**
 * How a standard or the school reaches each level, as the text writes it: level k is reached when
 * every condition of k holds and level k − 1 is reached (levels are cumulative); none reached is
 * "not level 1" (0).
 */
export const LevelStepsSchema = v.strictObject({
  provenance: ProvenanceSchema,
  note: v.optional(LocalTextSchema),
  levels: v.pipe(
    v.array(v.strictObject({ level: levelNumber, when: v.pipe(v.array(LevelConditionSchema), v.minLength(1), v.maxLength(20)) })),
    v.minLength(1),
    v.maxLength(9),
  ),
})
export type LevelSteps = v.InferOutput<typeof LevelStepsSchema>

/**
 * A set rated by levels (accreditation): the levels' names, and the rules for a standard's level
 * (optional: some texts rate only criteria and the school) and the school's level.
 */
export const LevelRuleSchema = v.strictObject({
  levels: v.pipe(v.array(v.strictObject({ level: levelNumber, label: LocalTextSchema })), v.minLength(1), v.maxLength(9)),
  standard: v.optional(LevelStepsSchema),
  school: LevelStepsSchema,
})
export type LevelRule = v.InferOutput<typeof LevelRuleSchema>

export const SCHOOL_KINDS = ['mam-non', 'tieu-hoc', 'thcs', 'thpt', 'lien-cap', 'gdtx'] as const
export type SchoolKind = (typeof SCHOOL_KINDS)[number]

/**
 * Orders a set's results can be ranked in:
 * - `levels-then-points`: the lowest group level, then each group's level, then the total points;
 * - `rows-met`: conditions met out of all (checklists);
 * - `points`: the total points.
 */
export const RANK_BY = ['levels-then-points', 'rows-met', 'points'] as const
export type SetRankBy = (typeof RANK_BY)[number]

export const SourceSchema = v.strictObject({
  id,
  title: text,
  url: v.optional(v.pipe(v.string(), v.url(), v.maxLength(1000))),
  weight: v.optional(text),
})
export type Source = v.InferOutput<typeof SourceSchema>

/** A set's id: what assessments and exchange files name it by. */
export const SET_ID_PATTERN = /^[a-z0-9][a-z0-9-]{1,63}$/
/** A set's version: semver, with an optional pre-release tag. */
export const SET_VERSION_PATTERN = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?$/
/**
 * Longest version a set may carry: checked when a set is loaded and by every exchange file, so a
 * loaded set never makes a backup or an assignment impossible.
 */
export const SET_VERSION_MAX_LENGTH = 64

export const CriteriaSetSchema = v.strictObject({
  $schema: v.optional(v.string()),
  format: v.literal(CRITERIA_SET_FORMAT),
  formatVersion: v.literal(CRITERIA_SET_FORMAT_VERSION),
  id: v.pipe(v.string(), v.regex(SET_ID_PATTERN)),
  version: v.pipe(v.string(), v.maxLength(SET_VERSION_MAX_LENGTH, `longer than ${SET_VERSION_MAX_LENGTH} characters`), v.regex(SET_VERSION_PATTERN)),
  title: LocalTextSchema,
  shortTitle: v.optional(LocalTextSchema),
  legalBasis: v.strictObject({
    number: text,
    /** Omitted only where the source does not date the text (an undated provincial form). */
    date: v.optional(v.pipe(v.string(), v.isoDate(), v.check(isCalendarDay, 'not a calendar day'))),
    issuer: text,
    title: v.optional(LocalTextSchema),
  }),
  schoolKinds: v.pipe(v.array(v.picklist(SCHOOL_KINDS)), v.minLength(1)),
  /** How complete and checked this set is, shown with it wherever it is listed. */
  status: v.strictObject({ provenance: ProvenanceSchema, note: LocalTextSchema }),
  conditionRule: v.optional(ConditionRuleSchema),
  /** Present in a set whose criteria are rated by levels through `level` rows (accreditation). */
  levelRule: v.optional(LevelRuleSchema),
  summary: v.optional(SummaryRuleSchema),
  /**
   * The record (hồ sơ) a school makes with this set: the id of a template in
   * `src/domain/record/templates.ts`; the 4725 self-assessment record (`qd4725`) when absent. A set
   * naming a template this version of the app does not have can still be scored; its record says so.
   */
  recordTemplate: v.optional(v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{1,63}$/))),
  /**
   * The form of the evidence codes the app hands out (mã minh chứng), as the set's guidance writes
   * them: `MCa.b.nn` (`MC1.1.01`, the default), `MC.a.b.nn` (`MC.1.1.01`), `[Hn-a.b-nn]`
   * (`[H1-1.1-01]`). See `src/domain/evidence/codes.ts`.
   */
  evidenceCodes: v.optional(v.picklist(EVIDENCE_CODE_FORMATS)),
  /**
   * How the managing body ranks schools scored with this set (see `src/domain/ranking`); read from
   * the set's shape when absent.
   */
  rankBy: v.optional(v.picklist(RANK_BY)),
  /**
   * An example to try the app with (a form known only from a secondary source): listed, never
   * offered as the default choice for a new assessment.
   */
  example: v.optional(v.boolean()),
  sources: v.optional(v.array(SourceSchema)),
  groups: v.pipe(v.array(GroupSchema), v.minLength(1), v.maxLength(20)),
})
export type CriteriaSet = v.InferOutput<typeof CriteriaSetSchema>

/** What identifies the exact set an assessment was scored with. */
export interface CriteriaSetRef {
  setId: string
  version: string
}
