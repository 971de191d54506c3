import { describe, expect, it } from 'vitest'
import {
  indexRoster,
  matchIndexed,
  putInIndex,
  matchSchool,
  MAX_ROSTER_ROWS,
  parseRoster,
  parseSchoolKind,
  planRosterImport,
  rosterTemplate,
  ROSTER_HEADERS,
  type Cell,
  type SchoolKind,
} from '@/domain'
import { rosterSchool } from '../../../builders/submission'

const F = 'ds-truong.xlsx'
const HEADER = ['STT', 'Tên trường', 'Mã trường', 'Cấp học', 'Xã/phường']
const parse = (rows: Cell[][]) => parseRoster(rows, F)
const codes = (rows: Cell[][]) => {
  const r = parse(rows)
  return r.ok ? [] : r.errors.map((e) => `${e.code} ${e.path}`)
}

describe('reading a roster from a sheet', () => {
  it('finds the header under a title, reads each school, skips empty lines and the row number column', () => {
    const r = parse([
      ['DANH SÁCH TRƯỜNG THAM GIA ĐÁNH GIÁ', null],
      [],
      HEADER,
      [1, 'Trường Tiểu học Võ Thị Sáu', 79001, 'Tiểu học', 'Phường Xuân Hương'],
      [null, null, null, null, null],
      [2, '  Trường  THCS Lê Lợi ', 'THCS-02', 'THCS', ''],
    ])
    expect(r).toEqual({
      ok: true,
      value: [
        { name: 'Trường Tiểu học Võ Thị Sáu', code: '79001', kind: 'tieu-hoc', commune: 'Phường Xuân Hương', row: 4 },
        { name: 'Trường THCS Lê Lợi', code: 'THCS-02', kind: 'thcs', commune: '', row: 6 },
      ],
    })
  })

  it('takes other names for the columns, in any order, without accents or in English', () => {
    const r = parse([
      ['xa phuong', 'LOAI HINH', 'ten don vi'],
      ['Xã A', 'Mầm non', 'Trường Mầm non Hoa Sen'],
    ])
    expect(r.ok && r.value).toEqual([{ name: 'Trường Mầm non Hoa Sen', code: '', kind: 'mam-non', commune: 'Xã A', row: 2 }])
    expect(parse([['name', 'kind'], ['School', 'primary']]).ok).toBe(true)
  })

  it.each<[string, SchoolKind | null]>([
    ['Tiểu học', 'tieu-hoc'],
    ['TH', 'tieu-hoc'],
    ['tieu-hoc', 'tieu-hoc'],
    ['Trung học cơ sở', 'thcs'],
    ['THPT', 'thpt'],
    ['Mầm non', 'mam-non'],
    ['MẪU GIÁO', 'mam-non'],
    ['TH&THCS', 'lien-cap'],
    ['Liên cấp', 'lien-cap'],
    ['Trung tâm GDTX', 'gdtx'],
    ['Đại học', null],
    ['', null],
  ])('school kind "%s" → %s', (text, kind) => {
    expect(parseSchoolKind(text)).toBe(kind)
  })

  it.each<{ why: string; rows: Cell[][]; errors: string[] }>([
    { why: 'no header names the school column', rows: [['A', 'B'], ['x', 'y']], errors: [`missing-column ${F}:A1`] },
    { why: 'no school kind column', rows: [['Tên trường', 'Mã trường'], ['A', '1']], errors: [`missing-column ${F}:C1`] },
    { why: 'a school without a name', rows: [HEADER, [1, '', 'X1', 'Tiểu học', '']], errors: [`empty-cell ${F}:B2`] },
    { why: 'a school without a kind', rows: [HEADER, [1, 'A', 'X1', '', '']], errors: [`empty-cell ${F}:D2`] },
    { why: 'a kind that is not one', rows: [HEADER, [1, 'A', 'X1', 'Đại học', '']], errors: [`unknown-school-kind ${F}:D2`] },
    {
      why: 'a code used twice (case and spaces aside)',
      rows: [HEADER, [1, 'A', 'th 01', 'TH', ''], [2, 'B', 'TH01', 'TH', '']],
      errors: [`duplicate-id ${F}:C3`],
    },
    {
      why: 'the same school twice without codes',
      rows: [HEADER, [1, 'Trường A', '', 'TH', 'Xã X'], [2, 'TRƯỜNG A', '', 'TH', 'xa x']],
      errors: [`duplicate-id ${F}:B3`],
    },
    { why: 'a name longer than a name can be', rows: [HEADER, [1, 'x'.repeat(301), '', 'TH', '']], errors: [`invalid-field ${F}:B2`] },
    { why: 'a header and nothing under it', rows: [HEADER, []], errors: [`no-rows ${F}:A2`] },
    {
      why: 'several problems: all are listed',
      rows: [HEADER, [1, '', '', 'TH', ''], [2, 'B', '', 'XYZ', '']],
      errors: [`empty-cell ${F}:B2`, `unknown-school-kind ${F}:D3`],
    },
  ])('refuses the whole file when $why', ({ rows, errors }) => {
    expect(codes(rows)).toEqual(errors)
  })

  it('refuses more schools than a roster may hold, before reading them', () => {
    const rows: Cell[][] = [HEADER, ...Array.from({ length: MAX_ROSTER_ROWS + 1 }, (_, i) => [i, `T${i}`, `C${i}`, 'TH', ''])]
    expect(codes(rows)).toEqual([`too-many-entries ${F}`])
  })

  it('the template is the header line the reader finds', () => {
    expect(rosterTemplate()).toEqual([[ROSTER_HEADERS.name, ROSTER_HEADERS.code, ROSTER_HEADERS.kind, ROSTER_HEADERS.commune]])
    expect(parse([...rosterTemplate(), ['A', '1', 'THPT', 'X']]).ok).toBe(true)
  })
})

describe('matching a submission to the roster', () => {
  const roster = [
    rosterSchool({ id: 'r1', name: 'Trường Tiểu học Võ Thị Sáu', code: '79001', commune: 'Phường Xuân Hương' }),
    rosterSchool({ id: 'r2', name: 'Trường THCS Lê Lợi', code: '', commune: 'Xã Tà Nung' }),
    rosterSchool({ id: 'r3', name: 'Trường Mầm non Hoa Sen', code: '', commune: 'Xã A' }),
    rosterSchool({ id: 'r4', name: 'Trường Mầm non Hoa Sen', code: '', commune: 'Xã B' }),
    rosterSchool({ id: 'r5', name: 'Trường A', code: 'A-5', schoolId: 'device-5' }),
  ]
  const who = (over: Partial<{ schoolId: string; code: string; name: string; commune: string }>) => ({ schoolId: 'dev', code: '', name: '', commune: '', ...over })

  it.each<{ why: string; given: ReturnType<typeof who>; expected: string }>([
    { why: 'the device already matched', given: who({ schoolId: 'device-5', code: 'OTHER' }), expected: 'matched r5 device' },
    { why: 'by code, case and spaces aside', given: who({ code: ' 79001 ', name: 'Tên khác' }), expected: 'matched r1 code' },
    { why: 'by name and commune, accents aside', given: who({ name: 'truong thcs le loi', commune: 'Xa Ta Nung' }), expected: 'matched r2 name' },
    { why: 'by name when the school gives no commune', given: who({ name: 'Trường THCS Lê Lợi' }), expected: 'matched r2 name' },
    { why: 'a name shared by two rows', given: who({ name: 'Trường Mầm non Hoa Sen' }), expected: 'ambiguous r3,r4' },
    { why: 'a name shared by two rows, the commune decides', given: who({ name: 'Trường Mầm non Hoa Sen', commune: 'Xã B' }), expected: 'matched r4 name' },
    { why: 'a name with another code is another school', given: who({ name: 'Trường Tiểu học Võ Thị Sáu', code: '79999' }), expected: 'none' },
    { why: 'a school not on the roster', given: who({ name: 'Trường THPT Mới', code: 'N1' }), expected: 'none' },
  ])('$why → $expected', ({ given, expected }) => {
    const m = matchSchool(roster, given)
    const shown = m.kind === 'matched' ? `matched ${m.school.id} ${m.by}` : m.kind === 'ambiguous' ? `ambiguous ${m.candidates.map((c) => c.id).join(',')}` : 'none'
    expect(shown).toBe(expected)
  })
})

describe('importing a roster into the one the desk holds', () => {
  it('adds new schools, updates known ones by code (else name and commune), removes none', () => {
    const current = [
      rosterSchool({ id: 'r1', name: 'Trường A', code: 'A1', kind: 'tieu-hoc' }),
      rosterSchool({ id: 'r2', name: 'Trường B', code: '', commune: 'Xã X' }),
      rosterSchool({ id: 'r3', name: 'Trường C', code: 'C1', source: 'submission' }),
    ]
    const plan = planRosterImport(current, [
      { name: 'Trường A (đổi tên)', code: 'a1', kind: 'lien-cap', commune: '', row: 2 },
      { name: 'Trường B', code: '', kind: 'tieu-hoc', commune: 'Xã X', row: 3 },
      { name: 'Trường B', code: 'B9', kind: 'tieu-hoc', commune: 'Xã Y', row: 4 },
    ])
    expect(plan.updated.map((u) => [u.school.id, u.line.name])).toEqual([['r1', 'Trường A (đổi tên)']])
    expect(plan.unchanged).toBe(1)
    expect(plan.added.map((l) => l.row)).toEqual([4])
  })
})

describe('the indexed roster matches as the plain one does', () => {
  const rows = [
    rosterSchool({ id: 'a', name: 'TH Xuân Hương', code: 'TH01', commune: 'Xuân Hương' }),
    rosterSchool({ id: 'b', name: 'TH Hòa Bình', code: '', commune: 'Lâm Viên' }),
    rosterSchool({ id: 'c', name: 'TH Hòa Bình', code: '', commune: 'Cam Ly' }),
    rosterSchool({ id: 'd', name: 'THCS Lê Lợi', code: 'THCS02', schoolId: 'dev-d' }),
    rosterSchool({ id: 'e', name: 'TH Xuân Hương', code: 'TH09', commune: 'Xuân Hương' }),
  ]
  const who = (o: Partial<{ schoolId: string; code: string; name: string; commune: string }>) => ({ schoolId: 'dev-x', code: '', name: '', commune: '', ...o })
  it.each([
    ['device', who({ schoolId: 'dev-d', name: 'other' })],
    ['code, any case and spaces', who({ code: ' th01 ', name: 'Trường khác' })],
    ['name among two, no commune', who({ name: 'TH Hòa Bình' })],
    ['name and commune', who({ name: 'th hoa binh', commune: 'Cam Ly' })],
    ['a code that differs never matches by name', who({ name: 'TH Xuân Hương', code: 'TH77' })],
    ['no one', who({ name: 'TH Mới' })],
  ])('%s', (_what, w) => {
    expect(matchIndexed(indexRoster(rows), w)).toEqual(matchSchool(rows, w))
  })

  it('still matches the same after a row learns its device id', () => {
    const index = indexRoster(rows)
    const learnt = { ...rows[1]!, schoolId: 'dev-b' }
    putInIndex(index, learnt)
    const after = rows.map((r) => (r.id === 'b' ? learnt : r))
    for (const w of [who({ schoolId: 'dev-b' }), who({ name: 'TH Hòa Bình' }), who({ name: 'TH Hòa Bình', commune: 'Lâm Viên' })])
      expect(matchIndexed(index, w)).toEqual(matchSchool(after, w))
    expect(index.rows).toEqual(after)
  })
})
