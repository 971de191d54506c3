/**
 * The report's "Phương hướng, giải pháp": per group, the distance to the next level and the rows
 * that close it (from the next-level planner), then the school's improvement plan (kế hoạch cải
 * tiến) as a table. Only what the school scored and wrote: nothing about the set's sources.
 */
import type { Band } from '../criteria/schema'
import { planGroup } from '../planner/nextLevel'
import { heading, inline, para } from './blocks'
import { pointsBlocks } from './generated'
import type { Context } from './context'
import type { RecordBlock, RecordTable } from './model'
import { cleanText, compareNatural, formatPoints, levelLabel, shortDate } from './text'
import { REPORT } from './wording'

/** Rows named per group: enough to close the gap, never a long list. */
const MAX_STEPS = 4

const bandName = (band: Band) => levelLabel(band.label.vi)

function itemText(ctx: Context, itemId: string): string {
  const place = ctx.items.get(itemId)
  return place ? inline(place.item.text.vi) : itemId
}

/** One sentence per group: what it lacks for the next level, or that it is at the top. */
export function targetSentences(ctx: Context): string[] {
  const { set } = ctx.input
  const out: string[] = []
  for (const { group, score: gs } of ctx.groups) {
    const plan = planGroup(set, gs)
    const stepsText = (rows: typeof plan.steps) =>
      rows
        .slice(0, MAX_STEPS)
        .map((r) => REPORT.stepGain(r.itemId, itemText(ctx, r.itemId), formatPoints(r.gain)))
        .join('; ')
    if (!plan.target) {
      const band = group.bands?.find((b) => b.level === gs.level)
      if (band) out.push(REPORT.topLevel(group.id, bandName(band)))
      continue
    }
    const level = bandName(plan.target)
    // Points already enough for a higher band than the next: meeting the conditions reaches it.
    const unlocked = gs.band && gs.band.level > plan.target.level ? bandName(gs.band) : level
    for (const id of plan.blockers) out.push(REPORT.blocker(group.id, id, itemText(ctx, id), plan.needed > 0 ? level : unlocked))
    if (plan.needed > 0 && plan.reachable) out.push(REPORT.needed(group.id, formatPoints(plan.needed), level, stepsText(plan.steps)))
    else if (plan.needed > 0 && plan.candidates.length > 0) out.push(REPORT.raise(group.id, level, stepsText(plan.candidates)))
  }
  return out
}

/** The improvement plan's actions as a table, in the order of the rows they improve. */
export function improvementTable(ctx: Context): RecordTable | null {
  const actions = ctx.input.assessment.improvement ?? []
  if (actions.length === 0) return null
  const maxOf = (itemId: string | undefined) => {
    const item = itemId ? ctx.items.get(itemId)?.item : undefined
    return item?.kind === 'points' ? item.max : null
  }
  const sorted = actions
    .map((a, k) => ({ a, k }))
    .sort((x, y) => {
      if (x.a.itemId && y.a.itemId) return compareNatural(x.a.itemId, y.a.itemId) || x.k - y.k
      return (x.a.itemId ? 0 : 1) - (y.a.itemId ? 0 : 1) || x.k - y.k
    })
  return {
    kind: 'table',
    small: true,
    columns: [
      { width: 6, align: 'center' },
      { width: 12, align: 'left' },
      { width: 38, align: 'left' },
      { width: 18, align: 'left' },
      { width: 13, align: 'center' },
      { width: 13, align: 'center' },
    ],
    header: [...REPORT.planHeader],
    rows: sorted.map(({ a }, k) => {
      const max = maxOf(a.itemId)
      const what = cleanText(a.what).trim()
      return {
        kind: 'plain',
        cells: [
          String(k + 1),
          a.itemId ? cleanText(a.itemId) : '',
          a.fromYear ? `${what} ${REPORT.carriedFrom(cleanText(a.fromYear))}` : what,
          cleanText(a.who).trim(),
          a.by ? shortDate(a.by) : '',
          a.targetPoints !== undefined ? (max !== null ? `${formatPoints(a.targetPoints)}/${formatPoints(max)}` : formatPoints(a.targetPoints)) : '',
        ],
      }
    }),
  }
}

/** "III. PHƯƠNG HƯỚNG, GIẢI PHÁP": the targets (or the principal's rewrite), then the plan when the school wrote one. */
export function directionBlocks(ctx: Context): RecordBlock[] {
  const targets = pointsBlocks({ items: targetSentences(ctx) }, ctx.input.fields.directions)
  const table = improvementTable(ctx)
  if (targets.length === 0 && !table) return []
  return [
    heading(1, REPORT.directionsHeading),
    ...(targets.length > 0 ? [heading(2, REPORT.targetsHeading(1)), ...targets] : []),
    ...(table ? [heading(2, REPORT.planHeading(targets.length > 0 ? 2 : 1)), para(REPORT.planIntro), table] : []),
  ]
}
