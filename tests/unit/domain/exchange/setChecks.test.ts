import { describe, expect, it } from 'vitest'
import { answersAgainstSets, unknownSetVersions } from '@/domain/exchange'
import type { Answer } from '@/domain'
import { tinySet } from '../../../builders/criteriaSet'
import { answer, assessment, changed } from './sample'

describe('unknownSetVersions', () => {
  it('names assessments whose set is neither on the device nor in the file', () => {
    const data = changed((d) => d.assessments.push(assessment({ id: 'a8', setId: 'khong-co', version: '9.9.9' })))
    const known = (setId: string) => setId === 'qd-4725'
    expect(unknownSetVersions(data, known)).toEqual([expect.objectContaining({ code: 'unknown-set-version', params: { set: 'khong-co@9.9.9' } })])
  })

  it('counts a set carried in the file as known', () => {
    const data = changed((d) => d.assessments.push(assessment({ id: 'a8', setId: 'tiny', version: '2.0.0' })))
    expect(unknownSetVersions(data, (s) => s === 'qd-4725')).toEqual([])
  })
})

describe('answersAgainstSets: answers checked against their row when the set is known', () => {
  const set = tinySet()
  const base = (answers: Answer[]) => ({
    assessments: [assessment({ setId: 'tiny', version: set.version })],
    answers,
    criteriaSets: [],
  })
  const known = (setId: string, version: string) => (setId === set.id && version === set.version ? set : undefined)

  it.each<[string, Answer['value'], boolean]>([
    ['A2.1', 40, true],
    ['A2.1', 41, false],
    ['A2.1', 999, false],
    ['A2.1', 'NaN', false],
    ['A2.1', -1, false],
    ['A1', true, true],
    ['A1', 5, false],
    ['B2.1', 'K12Online', true],
    ['B2.1', 3, false],
    ['A2.1', null, true],
    ['Z9', 'any', true],
  ])('%s = %j → %s', (itemId, value, ok) => {
    const errors = answersAgainstSets(base([answer(itemId, value)]), known)
    expect(errors.length === 0).toBe(ok)
    if (!ok) expect(errors[0]).toMatchObject({ code: 'invalid-field', path: 'data.json:answers[0].value', params: { itemId } })
  })

  it('leaves answers alone when the set is not known', () => {
    expect(answersAgainstSets(base([answer('A2.1', 999)]), () => undefined)).toEqual([])
  })
})
