/**
 * What it takes to reach the next level: from a set and the school's answers, per group, the rows
 * whose points are still open, the fewest of them that lift the group into the next band, and the
 * mandatory conditions that must be met first because no points lift a capped level.
 */
import type { Band, CriteriaSet, Provenance } from '../criteria/schema'
import { idMap } from '../ids'
import { bandFor, scoreAssessment, type AnswerValues, type GroupScore } from '../scoring/score'

/** One row that can still gain points. */
export interface PlanRow {
  criterionId: string
  itemId: string
  /** Points the row still lacks (its max minus what it scores now). */
  open: number
  /** Points this plan asks of the row: `open`, or less for the last row of a plan. */
  gain: number
  provenance: Provenance
  /** The criterion's own level before and after the gain, where the criterion has bands. */
  criterionLevel: { from: number | null; to: number | null } | null
}

export interface NextLevelPlan {
  groupId: string
  points: number
  /** The level shown now (after any cap), null when the points fall in no band. */
  level: number | null
  /** The band to reach: the lowest band above the current level; null at the top level. */
  target: Band | null
  /** Points to gain to enter the target band (0 when only conditions stand in the way). */
  needed: number
  /** Unmet mandatory conditions that cap the level below the target: meet these first. */
  blockers: string[]
  /** Unanswered conditions: until answered, the level is provisional. */
  pending: string[]
  /** The fewest rows whose gains reach `needed`, largest open points first. */
  steps: PlanRow[]
  /** Every row with open points, largest first (ties in the set's order). */
  candidates: PlanRow[]
  /** False when even full marks on every open row do not reach the target. */
  reachable: boolean
  /** Points missing even with every open row at full marks (0 when reachable). */
  shortfall: number
}

const round = (n: number) => Math.round(n * 1000) / 1000
const ceilToStep = (n: number, step: number) => round(Math.ceil(round(n / step)) * step)

/**
 * The smallest gain, in multiples of `step`, that moves `points` into `target` or above.
 * An exclusive lower bound ("trên 75") needs one step more than the bound itself.
 */
function gainToEnter(points: number, target: Band, step: number): number {
  if (target.minInclusive) return Math.max(0, ceilToStep(target.min - points, step))
  const g = ceilToStep(target.min - points, step)
  return Math.max(0, round(points + g > target.min ? g : g + step))
}

function criterionBandLevel(bands: readonly Band[] | undefined, points: number): number | null {
  return bands ? (bandFor(bands, points)?.level ?? null) : null
}

interface Open extends PlanRow {
  order: number
  step: number
  criterionPoints: number
  criterionBands: readonly Band[] | undefined
}

function openRows(set: CriteriaSet, group: GroupScore): Open[] {
  const def = set.groups.find((g) => g.id === group.id)
  if (!def) return []
  const rows: Open[] = []
  let order = 0
  for (const c of def.criteria) {
    const cs = group.criteria.find((x) => x.id === c.id)
    const criterionPoints = cs?.points ?? 0
    for (const item of c.items) {
      order++
      if (item.kind !== 'points') continue
      const open = round(item.max - (cs?.items.find((i) => i.id === item.id)?.points ?? 0))
      if (open <= 0) continue
      rows.push(
        withGain(
          { criterionId: c.id, itemId: item.id, open, gain: open, provenance: item.provenance, criterionLevel: null },
          { order, step: item.step, criterionPoints, criterionBands: c.bands },
          open,
        ),
      )
    }
  }
  return rows.sort((a, b) => b.open - a.open || a.order - b.order)
}

function withGain(row: PlanRow, meta: Omit<Open, keyof PlanRow>, gain: number): Open {
  const { criterionBands: bands, criterionPoints: points } = meta
  return {
    ...row,
    ...meta,
    gain,
    criterionLevel: bands
      ? { from: criterionBandLevel(bands, points), to: criterionBandLevel(bands, round(points + gain)) }
      : null,
  }
}

const publicRow = (r: Open): PlanRow => ({
  criterionId: r.criterionId,
  itemId: r.itemId,
  open: r.open,
  gain: r.gain,
  provenance: r.provenance,
  criterionLevel: r.criterionLevel,
})

/** The next-level plan for one group of a scored assessment. */
export function planGroup(set: CriteriaSet, group: GroupScore): NextLevelPlan {
  const def = set.groups.find((g) => g.id === group.id)
  const bands = [...(def?.bands ?? [])].sort((a, b) => a.level - b.level)
  const current = group.level ?? 0
  const target = bands.find((b) => b.level > current) ?? null
  const open = openRows(set, group)
  const rule = set.conditionRule
  const capBlocks = target !== null && rule?.effect === 'cap-level' && (rule.capLevel ?? 0) < target.level
  const blockers = capBlocks ? [...group.unmetConditions] : []
  const conditionIds = new Set(
    def?.criteria.flatMap((c) => c.items.filter((i) => i.kind === 'condition').map((i) => i.id)) ?? [],
  )
  const pending = group.unanswered.filter((id) => conditionIds.has(id))
  const base = {
    groupId: group.id,
    points: group.points,
    level: group.level,
    target,
    blockers,
    pending,
    candidates: open.map(publicRow),
  }
  if (!target) return { ...base, needed: 0, steps: [], reachable: true, shortfall: 0 }

  // The finest move any open row allows: half a point where a row takes halves, else a whole one.
  const finest = open.some((r) => r.step === 0.5) ? 0.5 : 1
  const needed = (group.band?.level ?? 0) >= target.level ? 0 : gainToEnter(group.points, target, finest)
  const steps: PlanRow[] = []
  let sum = 0
  for (const row of open) {
    if (sum >= needed) break
    const gain = Math.min(row.open, ceilToStep(needed - sum, row.step))
    steps.push(publicRow(withGain(row, row, gain)))
    sum = round(sum + gain)
  }
  const shortfall = Math.max(0, round(needed - sum))
  return { ...base, needed, steps, reachable: shortfall === 0, shortfall }
}

/** The next-level plan of every group, from the set and the answers. */
export function planNextLevels(set: CriteriaSet, answers: AnswerValues): NextLevelPlan[] {
  return scoreAssessment(set, answers).groups.map((g) => planGroup(set, g))
}

/**
 * Answers with a few values changed, for a "what if" that never touches the real answers:
 * a new object, the originals untouched.
 */
export function withWhatIf(answers: AnswerValues, changes: ReadonlyMap<string, number | boolean>): AnswerValues {
  const out = idMap<AnswerValues[string]>(Object.entries(answers))
  for (const [k, v] of changes) out[k] = v
  return out
}
