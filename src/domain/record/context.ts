/**
 * What every document of the record needs, computed once from the input: the school's words, the
 * set's groups with their scores, lookups by id, the evidence in code order.
 */
import type { CriteriaSet, Criterion, Group, Item } from '../criteria/schema'
import type { Answer, Assessment, Evidence, Member, School } from '../model'
import type { AssessmentScore, CriterionScore, GroupScore, ItemScore } from '../scoring/score'
import { assessmentSubject, headTitle, legalBasisText } from './defaults'
import type { RecordFields } from './fields'
import { cleanText, compareNatural } from './text'
import type { Subject } from './wording'

export interface RecordInput {
  school: School
  assessment: Assessment
  set: CriteriaSet
  answers: readonly Answer[]
  evidence: readonly Evidence[]
  members: readonly Member[]
  /** Resolved fields: defaults with the principal's edits applied. */
  fields: RecordFields
  /** The assessment scored against `set`. */
  score: AssessmentScore
  lang: 'vi'
}

export interface Context {
  input: RecordInput
  /** The words the documents share: school, year, subject, set, legal basis, head. */
  s: Subject
  abbr: string
  headName: string
  groups: { group: Group; score: GroupScore }[]
  criterionScores: Map<string, CriterionScore>
  itemScores: Map<string, ItemScore>
  answers: Map<string, Answer>
  evidenceByItem: Map<string, string[]>
  /** In natural code order. */
  evidence: Evidence[]
  items: Map<string, { group: Group; criterion: Criterion; item: Item }>
}

export function makeContext(input: RecordInput): Context {
  const { school, assessment, set, score, fields } = input
  const setTitle = cleanText(set.legalBasis.title?.vi ?? set.title.vi)
  const legal = legalBasisText(set)
  const s: Subject = {
    name: cleanText(school.name).trim(),
    year: cleanText(assessment.schoolYear).trim(),
    subject: assessmentSubject(set),
    legal,
    setTitle,
    setRef: `${setTitle} ban hành kèm theo ${legal}`,
    head: headTitle(school.kind),
  }
  const groups = set.groups.flatMap((group) => {
    const gs = score.groups.find((g) => g.id === group.id)
    return gs ? [{ group, score: gs }] : []
  })
  const items = new Map(
    set.groups.flatMap((group) =>
      group.criteria.flatMap((criterion) => criterion.items.map((item) => [item.id, { group, criterion, item }] as const)),
    ),
  )
  const evidence = [...input.evidence].sort(
    (a, b) =>
      compareNatural(cleanText(a.code), cleanText(b.code)) || a.addedAt.localeCompare(b.addedAt) || a.id.localeCompare(b.id),
  )
  const evidenceByItem = new Map<string, string[]>()
  for (const e of evidence)
    for (const itemId of e.itemIds) evidenceByItem.set(itemId, [...(evidenceByItem.get(itemId) ?? []), cleanText(e.code)])
  return {
    input,
    s,
    abbr: cleanText(fields.schoolAbbreviation).trim(),
    headName: cleanText(school.headName).trim() || cleanText(fields.chair).trim(),
    groups,
    criterionScores: new Map(score.groups.flatMap((g) => g.criteria.map((c) => [c.id, c] as const))),
    itemScores: new Map(score.groups.flatMap((g) => g.criteria.flatMap((c) => c.items.map((it) => [it.id, it] as const)))),
    answers: new Map(input.answers.map((a) => [a.itemId, a])),
    evidenceByItem,
    evidence,
    items,
  }
}
