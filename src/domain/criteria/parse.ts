import * as v from 'valibot'
import type { Result } from '../errors'
import {
  CRITERIA_SET_FORMAT,
  CRITERIA_SET_FORMAT_VERSION,
  CriteriaSetSchema,
  type Band,
  type CriteriaSet,
  type Criterion,
  type LevelSteps,
} from './schema'

/** Larger than any real criteria set by two orders of magnitude. */
export const MAX_CRITERIA_SET_CHARS = 2_000_000

export type CriteriaSetErrorCode =
  | 'not-json'
  | 'too-large'
  | 'not-an-object'
  | 'wrong-format'
  | 'unsupported-format-version'
  | 'missing-field'
  | 'unknown-field'
  | 'wrong-type'
  | 'invalid-value'
  | 'unknown-kind'
  | 'duplicate-id'
  | 'unknown-source'
  | 'max-not-a-step'
  | 'items-exceed-criterion'
  | 'criteria-exceed-group'
  | 'band-order'
  | 'band-empty'
  | 'band-coverage'
  | 'band-gap'
  | 'band-overlap'
  | 'cap-level-missing'
  // A set rated by levels (`levelRule`, `level` rows):
  | 'level-without-rule'
  | 'level-unknown'
  | 'level-order'
  | 'criterion-without-levels'
  | 'points-in-level-set'
  | 'duplicate-narrative'
  // A set written as a spreadsheet (`workbook.ts`):
  | 'sheet-missing'
  | 'column-missing'
  | 'unknown-column'
  | 'unknown-label'
  | 'row-order'
  | 'cell-not-used'
  | 'band-owner'
  | 'not-a-workbook'

/** Where a value of a set written as a spreadsheet came from. */
export interface SheetCell {
  sheet: string
  /** `D12`; empty when the value has no cell (a row or column the sheet does not have). */
  cell: string
  /** The column header or row label, as the template writes it. */
  column: string
}

/**
 * One thing wrong with a file, precise enough to fix: `path` names the place
 * (`groups[1].criteria[0].items[2].max`), `params` the values involved. The UI turns `code` and
 * `params` into a sentence in the user's language; `detail` is the same in English for logs and tests.
 */
export interface CriteriaSetError {
  code: CriteriaSetErrorCode
  path: string
  detail: string
  params: Record<string, string | number>
  /** For a set read from a spreadsheet: the sheet and cell to fix. */
  cell?: SheetCell
}

/**
 * Validates a criteria-set file: JSON text or an already-parsed value.
 * MUST NOT throw on any input; returns every problem it can find, schema problems first
 * (structural rules are only checked on a file whose shape is right).
 */
export function parseCriteriaSet(input: unknown): Result<CriteriaSet, CriteriaSetError> {
  let data = input
  if (typeof input === 'string') {
    if (input.length > MAX_CRITERIA_SET_CHARS)
      return fail('too-large', '', `file has ${input.length} characters, limit ${MAX_CRITERIA_SET_CHARS}`, {
        size: input.length,
        limit: MAX_CRITERIA_SET_CHARS,
      })
    try {
      data = JSON.parse(input) as unknown
    } catch (e) {
      return fail('not-json', '', `not valid JSON: ${e instanceof Error ? e.message : String(e)}`, {})
    }
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return fail('not-an-object', '', 'a criteria set is a JSON object', {})

  const head = data as Record<string, unknown>
  if (head.format !== CRITERIA_SET_FORMAT)
    return fail('wrong-format', 'format', `format must be "${CRITERIA_SET_FORMAT}"`, {
      found: shown(head.format),
      expected: CRITERIA_SET_FORMAT,
    })
  if (head.formatVersion !== CRITERIA_SET_FORMAT_VERSION)
    return fail(
      'unsupported-format-version',
      'formatVersion',
      `format version ${shown(head.formatVersion)} is not supported (this app reads ${CRITERIA_SET_FORMAT_VERSION})`,
      { found: shown(head.formatVersion), supported: CRITERIA_SET_FORMAT_VERSION },
    )

  const parsed = v.safeParse(CriteriaSetSchema, data, { abortEarly: false })
  if (!parsed.success) return { ok: false, errors: parsed.issues.map(issueToError) }

  const errors = checkStructure(parsed.output)
  return errors.length ? { ok: false, errors } : { ok: true, value: parsed.output }
}

/** A short printable form of a value read from an untrusted file. */
function shown(value: unknown): string {
  if (value === undefined) return ''
  let json: string | undefined
  try {
    // A value nested a million deep makes JSON.stringify throw RangeError: show its type instead.
    json = JSON.stringify(value)
  } catch {
    json = undefined
  }
  return (json ?? (Array.isArray(value) ? 'array' : typeof value)).slice(0, 80)
}

function fail(
  code: CriteriaSetErrorCode,
  path: string,
  detail: string,
  params: Record<string, string | number>,
): Result<never, CriteriaSetError> {
  return { ok: false, errors: [{ code, path, detail, params }] }
}

type Issue = v.InferIssue<typeof CriteriaSetSchema>

export function formatPath(keys: readonly (string | number)[]): string {
  return keys.reduce<string>(
    (acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${k}` : k),
    '',
  )
}

function issueToError(issue: Issue): CriteriaSetError {
  const keys = (issue.path ?? []).map((p) => p.key as string | number)
  const path = formatPath(keys)
  const params = { expected: issue.expected ?? '', received: issue.received }
  if (issue.type === 'strict_object' && issue.expected === 'never')
    return { code: 'unknown-field', path, detail: `unknown field "${String(keys.at(-1))}"`, params }
  if (issue.type === 'variant')
    return {
      code: 'unknown-kind',
      path: keys.at(-1) === 'kind' ? path : formatPath([...keys, 'kind']),
      detail: `unknown item kind ${issue.received}; expected one of ${issue.expected ?? ""}`,
      params,
    }
  if (issue.received === 'undefined')
    return { code: 'missing-field', path, detail: `missing ${issue.expected ?? 'value'}`, params }
  if (issue.type === 'picklist' || issue.type === 'literal')
    return {
      code: 'invalid-value',
      path,
      detail: `${issue.received} is not allowed here; expected one of ${issue.expected ?? '?'}`,
      params,
    }
  if (issue.kind === 'schema')
    return {
      code: 'wrong-type',
      path,
      detail: `expected ${issue.expected ?? '?'}, found ${issue.received}`,
      params,
    }
  return { code: 'invalid-value', path, detail: issue.message, params }
}

/** The maximum a criterion can score: its own `max`, else the sum of its items' maxima. */
export function criterionMax(c: Criterion): number {
  return c.max ?? itemsMax(c)
}

function itemsMax(c: Criterion): number {
  return c.items.reduce((s, i) => s + (i.kind === 'points' ? i.max : 0), 0)
}

function checkStructure(set: CriteriaSet): CriteriaSetError[] {
  const errors: CriteriaSetError[] = []
  const push = (code: CriteriaSetErrorCode, path: string, detail: string, params: Record<string, string | number> = {}) =>
    errors.push({ code, path, detail, params })

  const seen = { group: new Map<string, string>(), criterion: new Map<string, string>(), item: new Map<string, string>() }
  const unique = (kind: keyof typeof seen, id: string, path: string) => {
    const first = seen[kind].get(id)
    if (first !== undefined) push('duplicate-id', path, `${kind} id "${id}" is also used at ${first}`, { id, first })
    else seen[kind].set(id, path)
  }
  const sourceIds = new Set((set.sources ?? []).map((s) => s.id))
  const checkSources = (sources: string[] | undefined, path: string) => {
    for (const [i, s] of (sources ?? []).entries())
      if (!sourceIds.has(s))
        push('unknown-source', `${path}.sources[${i}]`, `source "${s}" is not in the set's sources`, { id: s })
  }

  if (set.conditionRule?.effect === 'cap-level' && set.conditionRule.capLevel === undefined)
    push('cap-level-missing', 'conditionRule.capLevel', 'effect "cap-level" needs capLevel')

  const rule = set.levelRule
  if (rule) errors.push(...checkLevelRule(set))

  set.groups.forEach((g, gi) => {
    const gp = `groups[${gi}]`
    unique('group', g.id, `${gp}.id`)
    checkSources(g.sources, gp)
    if (rule) {
      for (const field of ['max', 'bands'] as const)
        if (g[field] !== undefined)
          push('points-in-level-set', `${gp}.${field}`, `a set rated by levels has no ${field} on its groups`, { field })
    } else if (g.max === undefined || g.bands === undefined) {
      for (const field of ['max', 'bands'] as const)
        if (g[field] === undefined) push('missing-field', `${gp}.${field}`, `missing ${field}`, { expected: field, received: 'undefined' })
    } else {
      errors.push(...checkBands(g.bands, g.max, `${gp}.bands`))
      const criteriaSum = g.criteria.reduce((s, c) => s + criterionMax(c), 0)
      if (criteriaSum > g.max)
        push('criteria-exceed-group', `${gp}.max`, `criteria add up to ${criteriaSum}, more than the group's ${g.max}`, {
          sum: criteriaSum,
          max: g.max,
        })
    }
    g.criteria.forEach((c, ci) => {
      const cp = `${gp}.criteria[${ci}]`
      unique('criterion', c.id, `${cp}.id`)
      checkSources(c.sources, cp)
      const sum = itemsMax(c)
      if (c.max !== undefined && sum > c.max)
        push('items-exceed-criterion', `${cp}.max`, `items add up to ${sum}, more than the criterion's ${c.max}`, {
          sum,
          max: c.max,
        })
      if (c.bands) errors.push(...checkBands(c.bands, criterionMax(c), `${cp}.bands`))
      if (!rule && c.mandatory !== undefined)
        push('level-without-rule', `${cp}.mandatory`, 'a mandatory criterion needs the set\'s levelRule')
      if (rule && !c.items.some((i) => i.kind === 'level' && i.level === 1))
        push('criterion-without-levels', `${cp}.items`, `criterion "${c.id}" has no indicator of level 1`, { id: c.id })
      const narratives = new Map<string, number>()
      c.items.forEach((item, ii) => {
        const ip = `${cp}.items[${ii}]`
        unique('item', item.id, `${ip}.id`)
        checkSources(item.sources, ip)
        if (item.kind === 'level' && !rule)
          push('level-without-rule', `${ip}.kind`, 'a level row needs the set\'s levelRule')
        if (item.kind === 'level' && rule && !rule.levels.some((l) => l.level === item.level))
          push('level-unknown', `${ip}.level`, `level ${item.level} is not among the set's levels`, { level: item.level })
        if (rule && (item.kind === 'points' || item.kind === 'condition'))
          push('points-in-level-set', `${ip}.kind`, `a set rated by levels has no ${item.kind} rows`, { field: item.kind })
        if (item.kind === 'info' && item.narrative) {
          const first = narratives.get(item.narrative)
          if (first !== undefined)
            push('duplicate-narrative', `${ip}.narrative`, `criterion "${c.id}" already has a "${item.narrative}" row`, {
              id: c.id,
              narrative: item.narrative,
            })
          else narratives.set(item.narrative, ii)
        }
        if (item.kind === 'points' && !isMultiple(item.max, item.step))
          push('max-not-a-step', `${ip}.max`, `max ${item.max} is not a multiple of step ${item.step}`, {
            max: item.max,
            step: item.step,
          })
      })
    })
  })
  return errors
}

/** The rule's levels are 1, 2, 3… in order; each step and condition names a declared level. */
function checkLevelRule(set: CriteriaSet): CriteriaSetError[] {
  const rule = set.levelRule
  if (!rule) return []
  const errors: CriteriaSetError[] = []
  const declared = new Set(rule.levels.map((l) => l.level))
  rule.levels.forEach((l, i) => {
    if (l.level !== i + 1)
      errors.push({
        code: 'level-order',
        path: `levelRule.levels[${i}].level`,
        detail: `level ${i + 1} is written as ${l.level}; levels must be 1, 2, 3… in order`,
        params: { level: l.level, expected: i + 1 },
      })
  })
  const criteria = set.groups.flatMap((g) => g.criteria)
  const counts = { all: criteria.length, mandatory: criteria.filter((c) => c.mandatory).length }
  const steps = (s: LevelSteps | undefined, path: string, whole: boolean) =>
    s?.levels.forEach((step, i) => {
      if (step.level !== i + 1)
        errors.push({
          code: 'level-order',
          path: `${path}.levels[${i}].level`,
          detail: `step ${i + 1} is written as level ${step.level}; steps must be 1, 2, 3… in order`,
          params: { level: step.level, expected: i + 1 },
        })
      for (const [k, level] of [[`${path}.levels[${i}].level`, step.level] as const, ...step.when.map((c, j) => [`${path}.levels[${i}].when[${j}].atLeast`, c.atLeast] as const)])
        if (!declared.has(level))
          errors.push({ code: 'level-unknown', path: k, detail: `level ${level} is not among the set's levels`, params: { level } })
      if (whole)
        step.when.forEach((c, j) => {
          const pool = c.criteria === 'all' ? counts.all : c.criteria === 'mandatory' ? counts.mandatory : counts.all - counts.mandatory
          if (c.min !== undefined && c.min > pool)
            errors.push({
              code: 'invalid-value',
              path: `${path}.levels[${i}].when[${j}].min`,
              detail: `at least ${c.min} criteria asked, the set has ${pool} of that kind`,
              params: { expected: `≤ ${pool}`, received: String(c.min) },
            })
        })
    })
  steps(rule.standard, 'levelRule.standard', false)
  steps(rule.school, 'levelRule.school', true)
  return errors
}

export function isMultiple(value: number, step: number): boolean {
  const q = value / step
  return Math.abs(q - Math.round(q)) < 1e-9
}

/**
 * Bands MUST be listed by level 1, 2, 3…, each non-empty, together covering 0..max exactly once:
 * where one band ends the next begins, with the shared bound inclusive on exactly one side.
 */
export function checkBands(bands: readonly Band[], max: number, path: string): CriteriaSetError[] {
  const errors: CriteriaSetError[] = []
  const push = (code: CriteriaSetErrorCode, p: string, detail: string, params: Record<string, string | number> = {}) =>
    errors.push({ code, path: p, detail, params })
  bands.forEach((b, i) => {
    if (b.level !== i + 1)
      push('band-order', `${path}[${i}].level`, `band ${i + 1} has level ${b.level}; levels must be 1, 2, 3… in order`, {
        level: b.level,
        expected: i + 1,
      })
    if (b.min > b.max || (b.min === b.max && !(b.minInclusive && b.maxInclusive)))
      push('band-empty', `${path}[${i}]`, `band ${b.level} contains no score`, { level: b.level })
  })
  const first = bands[0]
  const last = bands.at(-1)
  if (first && (first.min !== 0 || !first.minInclusive))
    push('band-coverage', `${path}[0].min`, 'the first band must start at 0, inclusive', { bound: 0 })
  if (last && (last.max !== max || !last.maxInclusive))
    push('band-coverage', `${path}[${bands.length - 1}].max`, `the last band must end at the maximum ${max}, inclusive`, {
      bound: max,
    })
  for (let i = 0; i + 1 < bands.length; i++) {
    const a = bands[i] as Band
    const b = bands[i + 1] as Band
    const p = `${path}[${i + 1}].min`
    if (a.max < b.min || (a.max === b.min && !a.maxInclusive && !b.minInclusive))
      push('band-gap', p, `scores between level ${a.level} and level ${b.level} belong to no band`, {
        from: a.level,
        to: b.level,
        at: a.max,
      })
    else if (a.max > b.min || (a.max === b.min && a.maxInclusive && b.minInclusive))
      push('band-overlap', p, `levels ${a.level} and ${b.level} overlap`, { from: a.level, to: b.level, at: b.min })
  }
  return errors
}
