/**
 * An exchange file's data checked against criteria sets (those on the device, or carried in the
 * file): every assessment's set version is known, and every answer fits its row.
 */
import { parseCriteriaSet } from '../criteria/parse'
import { findItem, setKey } from '../criteria/lookup'
import type { CriteriaSet } from '../criteria/schema'
import { checkAnswer } from '../scoring/score'
import { exchangeError, shown, type ExchangeError } from './errors'
import { cap } from './manifest'
import { dataField as at } from './paths'
import type { ExchangeData } from './data'

/** Assessments whose criteria-set version is neither known to the device nor in the package. */
export function unknownSetVersions(
  data: ExchangeData,
  known: (setId: string, version: string) => boolean,
): ExchangeError[] {
  const inFile = new Set(data.criteriaSets.map((c) => c.key))
  const errors: ExchangeError[] = []
  data.assessments.forEach((a, i) => {
    const key = setKey(a)
    if (!inFile.has(key) && !known(a.setId, a.version))
      errors.push(
        exchangeError('unknown-set-version', at(`assessments[${i}].version`), `criteria set ${key} is not on this device and not in the file`, {
          set: key,
        }),
      )
  })
  return cap(errors)
}

/**
 * Answers whose value does not fit their row, for every assessment whose set is known (on the
 * device or in the file): text on a points row, 999 on a 6-point row, a number on a yes/no row.
 * Rows the set does not have are left alone (an older revision may carry them).
 */
export function answersAgainstSets(
  data: Pick<ExchangeData, 'assessments' | 'answers' | 'criteriaSets'>,
  known: (setId: string, version: string) => CriteriaSet | undefined,
): ExchangeError[] {
  const inFile = new Map<string, CriteriaSet>()
  for (const row of data.criteriaSets) {
    const r = parseCriteriaSet(row.text)
    if (r.ok) inFile.set(row.key, r.value)
  }
  const setOf = new Map<string, CriteriaSet | undefined>()
  for (const a of data.assessments) setOf.set(a.id, inFile.get(setKey(a)) ?? known(a.setId, a.version))
  const errors: ExchangeError[] = []
  data.answers.forEach((answer, i) => {
    const set = setOf.get(answer.assessmentId)
    const place = set ? findItem(set, answer.itemId) : undefined
    if (!place) return
    const problem = checkAnswer(place.item, answer.value)
    if (problem)
      errors.push(
        exchangeError('invalid-field', at(`answers[${i}].value`), `the answer ${shown(answer.value)} does not fit indicator ${answer.itemId} (${place.item.kind}): ${problem}`, {
          itemId: answer.itemId,
          problem,
        }),
      )
  })
  return cap(errors)
}
