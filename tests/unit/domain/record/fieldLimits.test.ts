import { describe, expect, it } from 'vitest'
import { RECORD_FIELD_LIMITS, RECORD_KIND_MAX, RECORD_TEMPLATES, type RecordFields } from '@/domain'
import { parseExchangeData } from '@/domain/exchange'
import { manifestFor, sampleData } from '../exchange/sample'

/** The backup reader's verdict on the sample with one record field set to `text`. */
function backupAccepts(key: keyof RecordFields, text: string) {
  const data = structuredClone(sampleData())
  data.assessments[0]!.record = { [key]: text }
  const r = parseExchangeData(data, manifestFor('chiso.backup', data))
  return r.ok ? 'accepted' : r.errors.map((e) => e.code).join()
}

describe('record fields: the screen and the exchange files hold them to one limit', () => {
  const specs = Object.values(RECORD_TEMPLATES).flatMap((t) => t.fieldGroups.flatMap((g) => g.fields.map((f) => [t.id, f.key, f.kind] as const)))

  it.each(specs)('%s asks %s as %s: its limit is that kind’s', (_, key, kind) => {
    expect(RECORD_FIELD_LIMITS[key]).toBe(RECORD_KIND_MAX[kind])
  })

  it.each(Object.entries(RECORD_FIELD_LIMITS) as [keyof RecordFields, number][])(
    '%s: a file holding it at its limit is read, one character more is refused',
    (key, max) => {
      expect(backupAccepts(key, 'ư'.repeat(max))).toBe('accepted')
      expect(backupAccepts(key, 'ư'.repeat(max + 1))).toBe('invalid-field')
    },
  )
})
