import { describe, expect, it } from 'vitest'
import { parseCriteriaSet } from '@/domain/criteria/parse'
import { DEFAULT_RECORD_TEMPLATE_ID, QD4725_RECORD, RECORD_TEMPLATES, recordTemplateOf } from '@/domain/record'
import { tinySet } from '../../../builders/criteriaSet'

describe('record templates', () => {
  it.each<[string, string | undefined, string | null]>([
    ['a set that names no template gets the 4725 record', undefined, 'qd4725'],
    ['a set that names the 4725 record gets it', 'qd4725', 'qd4725'],
    ['a set that names the school-portal checklist gets it', 'tt37-portal', 'tt37-portal'],
    ['a set that names a template this app does not have gets none', 'tt37-portal-9', null],
  ])('%s', (_, named, expected) => {
    expect(recordTemplateOf(named === undefined ? {} : { recordTemplate: named })?.id ?? null).toBe(expected)
  })

  it('registers every template under its own id, the default among them', () => {
    for (const [id, t] of Object.entries(RECORD_TEMPLATES)) expect(t.id).toBe(id)
    expect(RECORD_TEMPLATES[DEFAULT_RECORD_TEMPLATE_ID]).toBe(QD4725_RECORD)
  })

  it.each(Object.values(RECORD_TEMPLATES).map((t) => [t.id, t] as const))('%s asks for each field once', (_, t) => {
    const keys = t.fieldGroups.flatMap((g) => g.fields.map((f) => f.key))
    expect(new Set(keys).size).toBe(keys.length)
  })

  it('the 4725 record asks for fields of its documents only once each', () => {
    const keys = QD4725_RECORD.fieldGroups.flatMap((g) => g.fields.map((f) => f.key))
    expect(new Set(keys).size).toBe(keys.length)
    expect(QD4725_RECORD.documents).toEqual(['plan', 'minutes', 'report', 'decision', 'appendix'])
  })

  it.each<[string, unknown, boolean]>([
    ['a template id', 'tt37-portal', true],
    ['an id with capitals', 'TT37', false],
    ['an id with a space', 'tt 37', false],
    ['not a string', 37, false],
  ])('a set file may name its record template: %s', (_, value, ok) => {
    const raw = { ...structuredClone(tinySet()), recordTemplate: value }
    const parsed = parseCriteriaSet(raw)
    expect(parsed.ok).toBe(ok)
    if (parsed.ok) expect(parsed.value.recordTemplate).toBe(value)
  })
})
