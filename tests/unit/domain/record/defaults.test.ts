import { describe, expect, it } from 'vitest'
import {
  defaultRecordFields,
  documentNumber,
  resolveRecordFields,
  schoolAbbreviation,
  type RecordFields,
} from '@/domain/record'
import type { SchoolKind } from '@/domain/criteria/schema'
import { assessment, member, MEMBERS, miniSet, school, TODAY } from './fixtures'

const defaults = (over: Parameters<typeof school>[0] = {}, asm = assessment(), today = TODAY, members = MEMBERS) =>
  defaultRecordFields({ school: school(over), assessment: asm, set: miniSet(), members, today })

describe('schoolAbbreviation', () => {
  it.each<{ name: string; kind?: SchoolKind; expected: string }>([
    { name: 'Trường Tiểu học Văn Tràng', expected: 'THVT' },
    { name: 'TRƯỜNG TIỂU HỌC AN PHÚ', expected: 'THAP' },
    { name: 'Trường Tiểu học Văn Tràng'.normalize('NFD'), expected: 'THVT' },
    { name: 'Trường THCS Nguyễn Du', expected: 'THCSND' },
    { name: 'Trường Trung học cơ sở Nguyễn Du', expected: 'THCSND' },
    { name: 'Trường Trung học phổ thông Chu Văn An', expected: 'THPTCVA' },
    { name: 'Trường THPT số 1 Bảo Yên', expected: 'THPTS1BY' },
    { name: 'Trường TH&THCS Tân Lập', expected: 'TH&THCSTL' },
    { name: 'Trường TH và THCS Tân Lập', expected: 'TH&THCSTL' },
    { name: 'Trường Tiểu học và Trung học cơ sở Hòa Bình', expected: 'TH&THCSHB' },
    { name: 'Trường THCS&THPT Lê Lợi', expected: 'THCS&THPTLL' },
    { name: 'Trường PTDTBT TH&THCS Nậm Cang', expected: 'PTDTBTTH&THCSNC' },
    { name: 'Trung tâm GDTX Bảo Lộc', expected: 'TTGDTXBL' },
    { name: 'Trung tâm Giáo dục thường xuyên Bảo Lộc', expected: 'TTGDTXBL' },
    { name: 'Trung tâm GDNN-GDTX Đức Trọng', expected: 'TTGDNN-GDTXĐT' },
    // Đ is a letter of its own, kept as official symbols keep it (BGDĐT).
    { name: 'Trường THCS Lê Quý Đôn', expected: 'THCSLQĐ' },
    // "Thượng" is not the prefix "TH": the kind supplies it.
    { name: 'Trường Thượng Cát', kind: 'tieu-hoc', expected: 'THTC' },
    { name: 'Văn Tràng', kind: 'thcs', expected: 'THCSVT' },
    { name: 'Trường Tiểu học Văn Tràng (cơ sở 2)', expected: 'THVT' },
  ])('$name → $expected', ({ name, kind, expected }) => {
    expect(schoolAbbreviation(name, kind)).toBe(expected)
  })
})

describe('document numbers', () => {
  it('defaults leave the number for the clerk and carry the type code and abbreviation', () => {
    const f = defaults()
    expect([f.planNumber, f.minutesNumber, f.reportNumber, f.decisionNumber]).toEqual([
      '…/KH-THVT',
      '…/BB-THVT',
      '…/BC-THVT',
      '…/QĐ-THVT',
    ])
    expect(f.schoolAbbreviation).toBe('THVT')
  })

  it('takes the decision number from the approval', () => {
    const asm = assessment({ approval: { date: '2026-05-08', decisionNumber: '15', approvedAt: '2026-05-08T01:00:00Z' } })
    expect(defaults({}, asm).decisionNumber).toBe('15/QĐ-THVT')
  })

  it.each([
    { value: '', expected: '…/KH-THVT' },
    { value: '12', expected: '12/KH-THVT' },
    { value: 'Số: 12/KH-THVT', expected: '12/KH-THVT' },
    { value: '07/KH-TH', expected: '07/KH-TH' },
  ])('"$value" prints as "$expected"', ({ value, expected }) => {
    expect(documentNumber(value, 'plan', 'THVT')).toBe(expected)
  })
})

describe('default dates', () => {
  const order = (f: RecordFields) => [f.planDate, f.minutesDate, f.reportDate, f.decisionDate]

  it.each([
    {
      case: 'started weeks ago, made on a Tuesday',
      createdAt: '2026-04-01T02:00:00.000Z',
      approval: undefined,
      expected: ['2026-04-01', '2026-05-08', '2026-05-11', '2026-05-12'],
    },
    {
      case: 'the plan date is the day in Vietnam (UTC+7), not in UTC',
      createdAt: '2026-03-31T20:00:00.000Z',
      approval: undefined,
      expected: ['2026-04-01', '2026-05-08', '2026-05-11', '2026-05-12'],
    },
    {
      case: 'started today: everything today',
      createdAt: '2026-05-12T02:00:00.000Z',
      approval: undefined,
      expected: ['2026-05-12', '2026-05-12', '2026-05-12', '2026-05-12'],
    },
    {
      case: 'approved earlier: the decision on the approval day',
      createdAt: '2026-04-01T02:00:00.000Z',
      approval: '2026-05-06',
      expected: ['2026-04-01', '2026-05-04', '2026-05-05', '2026-05-06'],
    },
    {
      case: 'an approval date after today is not used',
      createdAt: '2026-04-01T02:00:00.000Z',
      approval: '2026-06-30',
      expected: ['2026-04-01', '2026-05-08', '2026-05-11', '2026-05-12'],
    },
  ])('$case', ({ createdAt, approval, expected }) => {
    const asm = assessment({
      createdAt,
      ...(approval ? { approval: { date: approval, decisionNumber: '', approvedAt: `${approval}T01:00:00Z` } } : {}),
    })
    const dates = order(defaults({}, asm))
    expect(dates).toEqual(expected)
    expect([...dates].sort()).toEqual(dates)
    for (const d of dates) expect(d <= TODAY).toBe(true)
  })
})

describe('places, bodies and recipients', () => {
  it.each([
    {
      case: 'primary school in a commune',
      over: {},
      place: 'An Phú',
      governing: 'UBND XÃ AN PHÚ',
      recipients: '- Phòng Văn hóa – Xã hội xã An Phú (để báo cáo);\n- Lưu: VT.',
    },
    {
      case: 'no managing body given: the commune department',
      over: { managingBody: '', commune: 'Phường Bến Thành' },
      place: 'Bến Thành',
      governing: 'UBND PHƯỜNG BẾN THÀNH',
      recipients: '- Phòng Văn hóa – Xã hội phường Bến Thành (để báo cáo);\n- Lưu: VT.',
    },
    {
      case: 'upper secondary: the province department',
      over: { name: 'Trường THPT Bảo Lộc', kind: 'thpt' as const, managingBody: '', province: 'Lâm Đồng', commune: 'Phường 1' },
      place: 'Phường 1',
      governing: 'SỞ GD&ĐT LÂM ĐỒNG',
      recipients: '- Sở Giáo dục và Đào tạo tỉnh Lâm Đồng (để báo cáo);\n- Lưu: VT.',
    },
    {
      case: 'managing body is a Sở',
      over: { managingBody: 'Sở Giáo dục và Đào tạo thành phố Hải Phòng', kind: 'thpt' as const },
      place: 'An Phú',
      governing: 'SỞ GD&ĐT THÀNH PHỐ HẢI PHÒNG',
      recipients: '- Sở Giáo dục và Đào tạo thành phố Hải Phòng (để báo cáo);\n- Lưu: VT.',
    },
  ])('$case', ({ over, place, governing, recipients }) => {
    const f = defaults(over)
    expect(f.place).toBe(place)
    expect(f.governingBody).toBe(governing)
    expect(f.recipients).toBe(recipients)
  })
})

describe('people', () => {
  it('lists attendees by role with their titles; the head chairs, the first other member is secretary', () => {
    const f = defaults()
    expect(f.attendees.split('\n')).toEqual([
      'Nguyễn Thị Lan — Hiệu trưởng',
      'Lê Thu Hà — Phó Hiệu trưởng',
      'Trần Văn Bình — Giáo viên',
    ])
    expect(f.chair).toBe('Nguyễn Thị Lan')
    expect(f.secretary).toBe('Trần Văn Bình')
  })

  it('adds the head when not a member and leaves the secretary blank with nobody else', () => {
    const f = defaults({}, assessment(), TODAY, [])
    expect(f.attendees).toBe('Nguyễn Thị Lan — Hiệu trưởng')
    expect(f.secretary).toBe('')
    const g = defaults({}, assessment(), TODAY, [member('p', 'Nguyễn Thị Lan', 'principal')])
    expect(g.secretary).toBe('')
  })
})

describe('default paragraphs', () => {
  it('name the school, the year, the legal basis and the deadline', () => {
    const f = defaults()
    expect(f.purpose).toContain('Trường Tiểu học Văn Tràng năm học 2025-2026')
    expect(f.purpose).toContain('Quyết định số 99/QĐ-BTN ngày 30/12/2022 của Bộ trưởng Bộ Thử nghiệm')
    expect(f.purpose).toContain('trước ngày 31/5/2026')
    expect(f.timeline).toContain('Ngày 08/5/2026: họp tổ công tác')
    expect(f.conclusion).toContain('mức độ chuyển đổi số năm học 2025-2026')
    expect(f.proposals).toContain('Phòng Văn hóa – Xã hội xã An Phú')
    for (const v of Object.values(f)) expect(v).toBe(v.normalize('NFC'))
  })

  it('are NFC when the school was typed decomposed', () => {
    const f = defaults({ name: 'Trường Tiểu học Văn Tràng'.normalize('NFD'), headName: 'Đặng Thị Hương'.normalize('NFD') })
    expect(f.meetingPlace).toBe('Phòng họp Trường Tiểu học Văn Tràng')
    expect(f.chair).toBe('Đặng Thị Hương')
    expect(f.schoolAbbreviation).toBe('THVT')
  })
})

describe('resolveRecordFields', () => {
  const d = defaults()

  it.each<{ case: string; overrides: Partial<RecordFields>; key: keyof RecordFields; expected: string }>([
    { case: 'an edit wins', overrides: { place: 'Văn Tràng' }, key: 'place', expected: 'Văn Tràng' },
    { case: 'a blank edit does not', overrides: { place: '  ' }, key: 'place', expected: 'An Phú' },
    { case: 'an empty edit does not', overrides: { chair: '' }, key: 'chair', expected: 'Nguyễn Thị Lan' },
    { case: 'edits are NFC', overrides: { secretary: 'Lê Thu Hà'.normalize('NFD') }, key: 'secretary', expected: 'Lê Thu Hà' },
    { case: 'a new abbreviation reaches default numbers', overrides: { schoolAbbreviation: 'TH-VT' }, key: 'planNumber', expected: '…/KH-TH-VT' },
    {
      case: 'but not numbers the principal typed',
      overrides: { schoolAbbreviation: 'TH-VT', reportNumber: '09/BC-THVT' },
      key: 'reportNumber',
      expected: '09/BC-THVT',
    },
  ])('$case', ({ overrides, key, expected }) => {
    expect(resolveRecordFields(d, overrides)[key]).toBe(expected)
  })

  it('keeps every default when there are no edits', () => {
    expect(resolveRecordFields(d, undefined)).toEqual(d)
    expect(resolveRecordFields(d, {})).toEqual(d)
  })
})
