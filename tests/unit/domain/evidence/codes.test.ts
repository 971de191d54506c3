import { describe, expect, it } from 'vitest'
import {
  checkEvidenceCode,
  compareEvidenceCodes,
  EVIDENCE_CODE_MAX_LENGTH,
  evidenceByItem,
  parseEvidenceCode,
  type EvidenceCodeFormat,
  evidenceCountFor,
  nextEvidenceCode,
  normalizeEvidenceCode,
  sortEvidence,
  type EvidenceCodeProblem,
} from '@/domain/evidence/codes'

describe('nextEvidenceCode', () => {
  it.each<{ criterion: string; existing: string[]; expected: string; why: string }>([
    { criterion: '1.3', existing: [], expected: 'MC1.3.01', why: 'first code' },
    { criterion: '1.3', existing: ['MC1.3.01', 'MC1.3.02'], expected: 'MC1.3.03', why: 'next in line' },
    { criterion: '1.3', existing: ['MC1.3.01', 'MC1.3.03'], expected: 'MC1.3.04', why: 'a deleted 02 is not reused' },
    { criterion: '1.3', existing: ['MC1.3.07'], expected: 'MC1.3.08', why: 'max, not count' },
    { criterion: '1.3', existing: ['MC1.3.99'], expected: 'MC1.3.100', why: 'grows past 99' },
    { criterion: '1.3', existing: ['MC1.3.100', 'MC1.3.9'], expected: 'MC1.3.101', why: 'numeric max' },
    { criterion: '1.3', existing: ['mc1.3.04', ' MC1.3.02 '], expected: 'MC1.3.05', why: 'case and spaces ignored' },
    { criterion: '1.3', existing: ['MC1.30.05', 'MC11.3.09', 'MC2.3.04'], expected: 'MC1.3.01', why: 'other criteria' },
    { criterion: '1.3', existing: ['MC1.3.02a', 'MC1.3.x', 'MC1.3.', 'MC1.3.01.2'], expected: 'MC1.3.01', why: 'hand-made codes' },
    { criterion: '2.4', existing: ['MC1.3.01', 'MC2.4.1', 'TAILIEU-1'], expected: 'MC2.4.02', why: 'unpadded seq counts' },
  ])('$why: $criterion after $existing → $expected', ({ criterion, existing, expected }) => {
    expect(nextEvidenceCode(criterion, existing)).toBe(expected)
  })

  it('takes any iterable, e.g. a Set', () => {
    expect(nextEvidenceCode('1.1', new Set(['MC1.1.01']))).toBe('MC1.1.02')
  })
})

describe('nextEvidenceCode in the form the set asks for', () => {
  it.each<{ format: EvidenceCodeFormat; criterion: string; existing: string[]; expected: string; why: string }>([
    { format: 'MCa.b.nn', criterion: '1.1', existing: [], expected: 'MC1.1.01', why: 'the default form' },
    { format: 'MC.a.b.nn', criterion: '1.1', existing: [], expected: 'MC.1.1.01', why: 'TT 57 form, first code' },
    { format: 'MC.a.b.nn', criterion: '3.2', existing: ['MC.3.2.01', 'MC.3.2.04'], expected: 'MC.3.2.05', why: 'TT 57 form, after the highest' },
    { format: 'MC.a.b.nn', criterion: '1.1', existing: ['MC.1.10.03', 'MC.11.1.02', 'MC.2.1.01'], expected: 'MC.1.1.01', why: 'TT 57 form, other criteria' },
    { format: 'MC.a.b.nn', criterion: '1.1', existing: ['mc.1.1.02 '], expected: 'MC.1.1.03', why: 'TT 57 form, case and spaces' },
    { format: '[Hn-a.b-nn]', criterion: '1.1', existing: [], expected: '[H1-1.1-01]', why: 'box form, box = standard' },
    { format: '[Hn-a.b-nn]', criterion: '5.6', existing: ['[H5-5.6-01]', '[H5-5.6-02]'], expected: '[H5-5.6-03]', why: 'box form, next in line' },
    { format: '[Hn-a.b-nn]', criterion: '2.3', existing: ['[H9-2.3-07]'], expected: '[H2-2.3-08]', why: 'box form, a school-chosen box counts' },
    { format: '[Hn-a.b-nn]', criterion: '1.1', existing: ['[H1-1.10-04]', '[H1-1.1-x]', 'H1-1.1-05'], expected: '[H1-1.1-01]', why: 'box form, other criteria and hand-made codes' },
    { format: '[Hn-a.b-nn]', criterion: '1.10', existing: ['[h1-1.10-09]'], expected: '[H1-1.10-10]', why: 'box form, two-digit criterion' },
    { format: 'MC.a.b.nn', criterion: '1.1', existing: ['MC1.1.03', '[H1-1.1-05]'], expected: 'MC.1.1.06', why: 'numbers typed in another form are not handed out again' },
    { format: 'MCa.b.nn', criterion: '1.1', existing: ['MC.1.1.02'], expected: 'MC1.1.03', why: 'the default form counts the dotted one' },
  ])('$why: $criterion after $existing → $expected', ({ format, criterion, existing, expected }) => {
    expect(nextEvidenceCode(criterion, existing, format)).toBe(expected)
  })

  it.each<[EvidenceCodeFormat, string]>([
    ['MCa.b.nn', 'MC4.3.01'],
    ['MC.a.b.nn', 'MC.4.3.01'],
    ['[Hn-a.b-nn]', '[H4-4.3-01]'],
  ])('every code it makes in %s is accepted by checkEvidenceCode and read back', (format, expected) => {
    const code = nextEvidenceCode('4.3', [], format)
    expect(code).toBe(expected)
    expect(checkEvidenceCode(code, [])).toBeNull()
    expect(parseEvidenceCode(code)).toEqual({ criterionId: '4.3', format })
  })
})

describe('parseEvidenceCode', () => {
  it.each<[string, ReturnType<typeof parseEvidenceCode>]>([
    ['MC1.3.01', { criterionId: '1.3', format: 'MCa.b.nn' }],
    [' mc.2.1.11 ', { criterionId: '2.1', format: 'MC.a.b.nn' }],
    ['[H3-3.6-02]', { criterionId: '3.6', format: '[Hn-a.b-nn]' }],
    ['[H1-1.01-01]', { criterionId: '1.01', format: '[Hn-a.b-nn]' }],
    ['Biên-bản', undefined],
    ['MC1.3', { criterionId: '1', format: 'MCa.b.nn' }],
    ['[H1-1.1]', undefined],
    ['MC.', undefined],
  ])('%j → %j', (code, expected) => {
    expect(parseEvidenceCode(code)).toEqual(expected)
  })
})

describe('checkEvidenceCode', () => {
  const others = ['MC1.3.01', 'MC1.3.02', 'Quyết-định_12']
  it.each<{ code: string; expected: EvidenceCodeProblem | null }>([
    { code: 'MC1.3.03', expected: null },
    { code: '  MC1.3.03  ', expected: null },
    { code: 'KH-2025_01', expected: null },
    { code: 'Đánh-giá.1', expected: null },
    { code: '', expected: 'empty' },
    { code: '   ', expected: 'empty' },
    { code: 'A'.repeat(EVIDENCE_CODE_MAX_LENGTH), expected: null },
    { code: 'A'.repeat(EVIDENCE_CODE_MAX_LENGTH + 1), expected: 'too-long' },
    { code: 'MC1.3.01', expected: 'duplicate' },
    { code: 'mc1.3.02', expected: 'duplicate' },
    { code: ' MC1.3.01 ', expected: 'duplicate' },
    { code: 'QUYẾT-ĐỊNH_12', expected: 'duplicate' },
    // Decomposed diacritics (some keyboards, pasted text) are the same code.
    { code: 'Quyết-định_12'.normalize('NFD'), expected: 'duplicate' },
    { code: 'MC 1.3.03', expected: 'bad-characters' },
    { code: 'MC1.3/03', expected: 'bad-characters' },
    { code: '<b>MC</b>', expected: 'bad-characters' },
    { code: 'MC1,3', expected: 'bad-characters' },
    { code: '[H1-1.1-03]', expected: null },
    { code: '[h1-1.1-01]', expected: null },
    { code: '[H1-1.1-01]', expected: null },
    { code: 'MC.1.3.01', expected: null },
  ])('$code → $expected', ({ code, expected }) => {
    expect(checkEvidenceCode(code, others)).toBe(expected)
  })

  it('reports a bad character before a duplicate', () => {
    expect(checkEvidenceCode('A B', ['A B'])).toBe('bad-characters')
  })
})

describe('normalizeEvidenceCode', () => {
  it.each([
    ['  MC1.3.01 ', 'MC1.3.01'],
    ['Đánh-giá'.normalize('NFD'), 'Đánh-giá'],
    ['mc1.3.01', 'mc1.3.01'],
  ])('%j → %j', (code, expected) => {
    expect(normalizeEvidenceCode(code)).toBe(expected)
  })
})

describe('compareEvidenceCodes', () => {
  it.each<[string, string]>([
    ['MC1.3.2', 'MC1.3.10'],
    ['MC1.3.10', 'MC1.10.1'],
    ['MC1.3.01', 'MC1.3.02'],
    ['MC1.3.09', 'MC1.3.10'],
    ['MC1.3.99', 'MC1.3.100'],
    ['MC1.3', 'MC1.3.01'],
    ['MC1.9.01', 'MC2.1.01'],
    ['mc1.3.05', 'MC1.3.06'],
    ['MC9.9.99', 'ALPHA'],
    ['MC1.3.01', 'MC-1'],
    ['ALPHA', 'beta'],
    ['KH2', 'KH10'],
    ['MC1.3.1', 'MC1.3.01'.toLowerCase()],
    ['MC.1.3.02', 'MC.1.3.10'],
    ['MC.1.3.10', 'MC.1.10.01'],
    ['MC.4.3.99', 'Biên-bản'],
    ['[H1-1.1-02]', '[H1-1.1-10]'],
    ['[H1-1.9-01]', '[H1-1.10-01]'],
    ['[H1-1.10-01]', '[H2-2.1-01]'],
    ['[H5-5.6-99]', 'Biên-bản'],
  ])('%s < %s', (a, b) => {
    expect(compareEvidenceCodes(a, b)).toBeLessThan(0)
    expect(compareEvidenceCodes(b, a)).toBeGreaterThan(0)
  })

  it('is 0 only for the same string', () => {
    expect(compareEvidenceCodes('MC1.3.01', 'MC1.3.01')).toBe(0)
    expect(compareEvidenceCodes('MC1.3.1', 'MC1.3.01')).not.toBe(0)
  })
})

describe('sortEvidence', () => {
  it('sorts a copy into evidence-list order', () => {
    const list = ['Biên-bản', 'MC1.10.1', 'MC1.3.10', 'MC2.1.01', 'MC1.3.2', 'Ảnh', 'MC1.3.02'].map((code) => ({ code }))
    const sorted = sortEvidence(list)
    expect(sorted.map((e) => e.code)).toEqual(['MC1.3.02', 'MC1.3.2', 'MC1.3.10', 'MC1.10.1', 'MC2.1.01', 'Ảnh', 'Biên-bản'])
    expect(list[0]?.code).toBe('Biên-bản')
  })
})

describe('evidenceByItem / evidenceCountFor', () => {
  const evidence = [
    { code: 'MC1.3.02', itemIds: ['1.3.a', '1.3.b'] },
    { code: 'MC1.3.01', itemIds: ['1.3.a'] },
    { code: 'MC2.1.01', itemIds: ['2.1.a', '2.1.a'] },
    { code: 'Sổ-tay', itemIds: [] },
  ]

  it('groups by item, in code order, once per item', () => {
    const byItem = evidenceByItem(evidence)
    expect([...byItem.keys()].sort()).toEqual(['1.3.a', '1.3.b', '2.1.a'])
    expect(byItem.get('1.3.a')?.map((e) => e.code)).toEqual(['MC1.3.01', 'MC1.3.02'])
    expect(byItem.get('1.3.b')?.map((e) => e.code)).toEqual(['MC1.3.02'])
    expect(byItem.get('2.1.a')?.map((e) => e.code)).toEqual(['MC2.1.01'])
    expect(byItem.get('9.9.z')).toBeUndefined()
  })

  it.each([
    ['1.3.a', 2],
    ['1.3.b', 1],
    ['2.1.a', 1],
    ['9.9.z', 0],
  ])('%s has %i', (itemId, count) => {
    expect(evidenceCountFor(itemId, evidence)).toBe(count)
  })
})
