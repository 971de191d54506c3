import { describe, expect, it } from 'vitest'
import type { CriteriaSetError, CriteriaSetErrorCode } from '@/domain'
import { i18n } from '@/i18n'
import { describePath, describeSetError, type Translate } from '@/components/sets/setErrors'

// Every code the parser can return; `satisfies` makes the compiler flag a code added to the domain
// but missing here (and so, possibly, missing a message).
const ALL = {
  'not-json': {},
  'too-large': { size: 3_000_000, limit: 2_000_000 },
  'not-an-object': {},
  'wrong-format': { found: '"x"', expected: 'chiso.criteria-set' },
  'unsupported-format-version': { found: '2', supported: 1 },
  'missing-field': { expected: '"title"', received: 'undefined' },
  'unknown-field': { expected: 'never', received: '"extra"' },
  'wrong-type': { expected: 'number', received: '"x"' },
  'invalid-value': { expected: '("a" | "b")', received: '"c"' },
  'unknown-kind': { expected: '"condition" | "points" | "info"', received: '"weird"' },
  'duplicate-id': { id: 'A1', first: 'groups[0].id' },
  'unknown-source': { id: 's9' },
  'max-not-a-step': { max: 2.5, step: 1 },
  'items-exceed-criterion': { sum: 95, max: 90 },
  'criteria-exceed-group': { sum: 105, max: 100 },
  'band-order': { level: 2, expected: 1 },
  'band-empty': { level: 2 },
  'band-coverage': { bound: 100 },
  'band-gap': { from: 1, to: 2, at: 50 },
  'band-overlap': { from: 1, to: 2, at: 50 },
  'cap-level-missing': {},
  'level-without-rule': {},
  'level-unknown': { level: 3 },
  'level-order': { level: 3, expected: 2 },
  'criterion-without-levels': { id: '1.1' },
  'points-in-level-set': { field: 'max' },
  'duplicate-narrative': { id: '1.1', narrative: 'strengths' },
  'sheet-missing': { sheet: 'Mức' },
  'column-missing': { column: 'Mã' },
  'unknown-column': { column: 'Điểm thưởng' },
  'unknown-label': { column: 'Ngày hiệu lực' },
  'row-order': { level: 'Tiêu chí', parent: 'Nhóm' },
  'cell-not-used': { column: 'Điểm tối đa', level: 'Chỉ số' },
  'band-owner': { id: 'Z9', level: 'Nhóm' },
  'not-a-workbook': { detail: 'end of central directory not found' },
} satisfies Record<CriteriaSetErrorCode, CriteriaSetError['params']>

const cases = Object.entries(ALL).map(([code, params]) => ({
  code: code as CriteriaSetErrorCode,
  path: 'groups[0].criteria[1].max',
  detail: '',
  params,
}))

// vue-i18n's typed `t` overloads are too deep for the compiler here; this is the one call shape used.
const global = i18n.global as unknown as {
  t: (key: string, named: Record<string, unknown>, options: { locale: string }) => string
}
const translate = (locale: 'vi' | 'en'): Translate => (key, named) => global.t(key, named, { locale })

describe.each(['vi', 'en'] as const)('set error messages in %s', (locale) => {
  const t = translate(locale)

  it.each(cases)('has a sentence for $code', (e) => {
    const line = describeSetError(e, t, locale)
    expect(line.text).not.toMatch(/^sets\./)
    expect(line.text).not.toMatch(/\{\w+\}/)
    expect(line.text.length).toBeGreaterThan(15)
  })

  it.each(['wrong-format', 'unsupported-format-version'] as const)('says the file names no %s value instead of quoting nothing', (code) => {
    const text = describeSetError({ code, path: code === 'wrong-format' ? 'format' : 'formatVersion', detail: '', params: { found: '', expected: 'x', supported: 1 } }, t, locale).text
    expect(text).toContain(t('sets.errors.nothing', {}))
    expect(text).not.toMatch(/ ,|“”|""/)
  })

  it.each([
    ['version', 'invalid-version'],
    ['legalBasis.date', 'invalid-date'],
    ['groups[0].id', 'invalid-value-plain'],
  ])('explains a bad value at %s specifically', (path, key) => {
    const e: CriteriaSetError = { code: 'invalid-value', path, detail: '', params: { expected: path === 'groups[0].id' ? '/^x$/' : '', received: '"v2"' } }
    expect(describeSetError(e, t, locale).text).toBe(t(`sets.errors.${key}`, { received: '"v2"', field: path === 'groups[0].id' ? 'id' : path }))
  })
})

describe('an error in a spreadsheet set', () => {
  it.each([
    ['vi', 'Trang “Chỉ số”, ô D12', '“Điểm tối đa” phải là số; trong tệp là "mười".'],
    ['en', 'Sheet “Chỉ số”, cell D12', '“Điểm tối đa” must be a number; the file has "mười".'],
  ] as const)('names the sheet, the cell and the column (%s)', (locale, where, text) => {
    const e: CriteriaSetError = {
      code: 'wrong-type',
      path: 'groups[0].criteria[1].items[0].max',
      detail: '',
      params: { expected: 'number', received: '"mười"' },
      cell: { sheet: 'Chỉ số', cell: 'D12', column: 'Điểm tối đa' },
    }
    expect(describeSetError(e, translate(locale), locale)).toMatchObject({ where, text })
  })

  it('names only the sheet when the problem has no cell', () => {
    const e: CriteriaSetError = { code: 'sheet-missing', path: '', detail: '', params: { sheet: 'Mức' }, cell: { sheet: 'Mức', cell: '', column: '' } }
    expect(describeSetError(e, translate('vi'), 'vi').where).toBe('Trang “Mức”')
  })

  it('quotes the words a cell may hold, not the file format’s codes', () => {
    const e: CriteriaSetError = {
      code: 'invalid-value',
      path: 'groups[0].provenance',
      detail: '',
      params: { expected: 'Chính thức, Bản dịch, Không chính thức, Suy luận', received: '"Tin đồn"' },
      cell: { sheet: 'Chỉ số', cell: 'G2', column: 'Độ tin cậy' },
    }
    expect(describeSetError(e, translate('vi'), 'vi').text).toBe(
      'Giá trị "Tin đồn" của trường “Độ tin cậy” không hợp lệ; cần Chính thức, Bản dịch, Không chính thức, Suy luận.',
    )
  })
})

describe('describePath', () => {
  const t = translate('vi')
  it.each([
    ['', '', ''],
    ['version', '', 'version'],
    ['groups[1].criteria[0].items[2].max', 'Nhóm 2 › Tiêu chí 1 › Chỉ số 3', 'max'],
    ['groups[0].title.vi', 'Nhóm 1', 'title.vi'],
    ['groups[0].bands[2]', 'Nhóm 1 › Mức 3', 'bands[2]'],
    ['schoolKinds[0]', 'Loại trường 1', 'schoolKinds[0]'],
  ])('%s → %s / %s', (path, where, field) => {
    expect(describePath(path, t)).toEqual({ where, field })
  })
})

describe('band coverage', () => {
  it('tells the start from the end', () => {
    const t = translate('vi')
    const start = describeSetError({ code: 'band-coverage', path: 'groups[0].bands[0].min', detail: '', params: { bound: 0 } }, t, 'vi')
    const end = describeSetError({ code: 'band-coverage', path: 'groups[0].bands[2].max', detail: '', params: { bound: 100 } }, t, 'vi')
    expect(start.text).toContain('bắt đầu từ 0')
    expect(end.text).toContain('điểm tối đa 100')
  })
})
