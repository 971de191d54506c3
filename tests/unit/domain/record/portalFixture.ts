/** A school-portal record built from the test checklist set, for the renderers' tests. */
import { parseCriteriaSet } from '@/domain/criteria/parse'
import { resolveRecordFields, TT37_PORTAL_RECORD, type RecordFields, type RecordModel } from '@/domain/record'
import { scoreAssessment, type AnswerValue } from '@/domain/scoring/score'
import { portalSet } from '../../../builders/criteriaSet'
import { answersOf, assessment, school, TODAY } from './fixtures'

export function portalModel(answers: Record<string, AnswerValue>, overrides: Partial<RecordFields> = {}): RecordModel {
  const r = parseCriteriaSet(structuredClone(portalSet()))
  if (!r.ok) throw new Error(JSON.stringify(r.errors))
  const set = r.value
  const asm = assessment({ setId: set.id })
  const defaults = TT37_PORTAL_RECORD.defaults({ school: school(), assessment: asm, set, members: [], today: TODAY })
  return TT37_PORTAL_RECORD.build({
    school: school(),
    assessment: asm,
    set,
    answers: answersOf(answers),
    evidence: [],
    members: [],
    fields: resolveRecordFields(defaults, overrides),
    score: scoreAssessment(set, answers),
    lang: 'vi',
  })
}
