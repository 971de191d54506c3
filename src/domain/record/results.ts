/**
 * Scores in words: group results and levels, mandatory conditions, notes on a provisional result,
 * strengths and weaknesses. Shared by the minutes, the report, the decision and the appendix.
 */
import type { Criterion, Group } from '../criteria/schema'
import { largestGaps, type CriterionScore, type GroupScore } from '../scoring/score'
import { b, i, inline, list, para, run } from './blocks'
import type { Context } from './context'
import type { GeneratedPoints } from './generated'
import type { RecordBlock, RecordRun } from './model'
import { cleanText, formatPoints, levelLabel } from './text'
import { W } from './wording'

/** A criterion at or above this share of its maximum counts as a strength. */
export const STRENGTH_RATIO = 0.8
const MAX_STRENGTHS = 5
const MAX_WEAKNESSES = 5

export const pointsOf = (points: number, max: number) => `${formatPoints(points)}/${formatPoints(max)}`

export function groupLevelText(group: Group, gs: GroupScore): string {
  if (gs.level === null) return W.noLevel
  const band = group.bands?.find((x) => x.level === gs.level)
  const label = band ? levelLabel(band.label.vi) : W.levelOf(gs.level)
  const parts = [label]
  if (gs.capped) parts.push(W.cappedReason)
  if (gs.unanswered.length > 0) parts.push(W.provisionalReason(gs.unanswered.length))
  if (parts.length === 1) return label
  // "Mức 1 (Chưa đáp ứng), do điều kiện bắt buộc chưa đạt": no second bracket after the level's own.
  return label.endsWith(')') ? `${label}, ${parts.slice(1).join('; ')}` : `${label} (${parts.slice(1).join('; ')})`
}

export function groupName(group: Group): string {
  return W.groupName(group.id, inline(group.title.vi))
}

function conditionText(ctx: Context, itemId: string): string {
  const place = ctx.items.get(itemId)
  return place ? inline(place.item.text.vi) : itemId
}

/** "Điều kiện bắt buộc 1.2 (Có ban hành quy chế tổ chức dạy học trực tuyến) chưa đạt." */
export function unmetConditionSentence(itemId: string, text: string): string {
  return W.unmetCondition(itemId, text)
}

export function conditionSentences(ctx: Context, gs: GroupScore): string[] {
  const out = gs.unmetConditions.map((id) => unmetConditionSentence(id, conditionText(ctx, id)))
  const pending = gs.criteria.flatMap((c) => c.items.filter((it) => it.kind === 'condition' && it.met === null))
  for (const it of pending) out.push(W.pendingCondition(it.id, conditionText(ctx, it.id)))
  return out
}

export function groupResultRuns(group: Group, gs: GroupScore): RecordRun[] {
  const [name, points] = W.groupResult(groupName(group), pointsOf(gs.points, gs.max))
  return [b(name), run(points), b(groupLevelText(group, gs)), run('.')]
}

/** Per group: the total and level, then each unmet or unanswered mandatory condition. */
export function groupResults(ctx: Context): RecordBlock[] {
  const blocks: RecordBlock[] = []
  for (const { group, score: gs } of ctx.groups) {
    blocks.push(list([groupResultRuns(group, gs)]))
    const conditions = conditionSentences(ctx, gs)
    if (conditions.length > 0) blocks.push(list(conditions))
    else if (gs.gate === 'met') blocks.push(list([W.conditionsMet(group.id)]))
  }
  return blocks
}

/**
 * Notes that keep the record honest about the result itself: scoring not finished, answers that
 * do not count, and the set's rule for mandatory conditions when the legal text states it. What the
 * set says about its own sources stays on the phone: the signed documents carry no app talk.
 */
export function scoreNotes(ctx: Context, small = false): RecordBlock[] {
  const { score, set } = ctx.input
  const out: RecordBlock[] = []
  if (score.unanswered.length > 0) out.push(para([i(W.provisional(score.unanswered.length, score.total))], { small }))
  if (score.invalid.length > 0) out.push(para([i(W.invalidAnswers(score.invalid.length))], { small }))
  if (set.conditionRule?.provenance === 'official' && ctx.groups.some((g) => g.score.gate === 'unmet'))
    out.push(para([i(cleanText(set.conditionRule.note.vi))], { small }))
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

/** The strengths as points: criteria at or near full marks, then groups with every condition met. */
export function strengthPoints(ctx: Context): GeneratedPoints {
  const items: string[] = strengths(ctx).map(({ criterion, cs }) =>
    W.strength(criterion.id, inline(criterion.title.vi), pointsOf(cs.points, cs.max)),
  )
  for (const { group, score: gs } of ctx.groups) if (gs.gate === 'met') items.push(W.allConditionsMet(group.id))
  return { items, none: W.noStrength(Math.round(STRENGTH_RATIO * 100)) }
}

/** The weaknesses as points: unmet mandatory conditions, then the criteria furthest from full marks. */
export function weaknessPoints(ctx: Context): GeneratedPoints {
  const strong = new Set(strengths(ctx).map((s) => s.criterion.id))
  const total = ctx.groups.reduce((n, g) => n + g.score.criteria.length, 0)
  const gaps = largestGaps(ctx.input.score, total)
    .filter((g) => g.gap > 0 && !strong.has(g.criterionId))
    .slice(0, MAX_WEAKNESSES)
  const items: string[] = ctx.groups.flatMap(({ score: gs }) =>
    gs.unmetConditions.map((id) => unmetConditionSentence(id, conditionText(ctx, id))),
  )
  for (const g of gaps)
    items.push(W.weakness(g.criterionId, criterionTitle(ctx, g.criterionId), pointsOf(g.points, g.max), formatPoints(g.gap)))
  return { items, none: W.noWeakness }
}

/** "dưới 50 điểm", "từ 50 đến 75 điểm", "trên 75 điểm", exactly as the bounds are written. */
export function bandRangeText(
  band: { min: number; minInclusive: boolean; max: number; maxInclusive: boolean },
  first: boolean,
  last: boolean,
): string {
  const lo = formatPoints(band.min)
  const hi = formatPoints(band.max)
  if (first && band.min === 0 && band.minInclusive) return band.maxInclusive ? W.bandUpTo(hi) : W.bandBelow(hi)
  if (last) return band.minInclusive ? W.bandFromOn(lo) : W.bandAbove(lo)
  const from = band.minInclusive ? W.bandFrom(lo) : W.bandAboveLow(lo)
  const to = band.maxInclusive ? W.bandToIncl(hi) : W.bandToExcl(hi)
  return `${from} ${to}`
}

export function bandsText(group: Group): string {
  const bands = group.bands ?? []
  return bands
    .map((band, k) => W.band(levelLabel(band.label.vi), bandRangeText(band, k === 0, k === bands.length - 1)))
    .join('; ')
}

/** How groups are rated: one sentence when every group has the same bands, else one per group. */
export function levelRules(ctx: Context): RecordBlock[] {
  const texts = ctx.groups.map(({ group }) => bandsText(group))
  if (texts.length === 0) return []
  if (texts.every((t) => t === texts[0])) return [para(W.levelRuleAll(texts[0] as string))]
  return ctx.groups.map(({ group }, k) => para(W.levelRuleGroup(group.id, texts[k] as string)))
}
