import { describe, expect, it } from 'vitest'
import {
  defaultRecordFields,
  documentNumber,
  resolveRecordFields,
  schoolAbbreviation,
  type RecordFields,
} from '@/domain/record'
import type { SchoolKind } from '@/domain/criteria/schema'
import { assessment, DATES, member, MEMBERS, miniSet, school, TODAY } from './fixtures'

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
    { value: '5', expected: '05/KH-THVT' },
    { value: '5/KH-THVT', expected: '05/KH-THVT' },
    { value: '10', expected: '10/KH-THVT' },
  ])('"$value" prints as "$expected"', ({ value, expected }) => {
    expect(documentNumber(value, 'plan', 'THVT')).toBe(expected)
  })
})

describe('default dates: none invented', () => {
  const order = (f: RecordFields) => [f.planDate, f.minutesDate, f.reportDate, f.decisionDate]
  const approved = (date: string) => assessment({ approval: { date, decisionNumber: '', approvedAt: `${date}T01:00:00Z` } })

  it.each([
    { case: 'nothing entered, not approved: every date blank', asm: assessment(), expected: ['', '', '', ''] },
    { case: 'approved: the decision on the approval day, the rest blank', asm: approved('2026-05-06'), expected: ['', '', '', '2026-05-06'] },
    { case: 'an approval date after today is not used', asm: approved('2026-06-30'), expected: ['', '', '', ''] },
  ])('$case', ({ asm, expected }) => {
    expect(order(defaults({}, asm))).toEqual(expected)
  })

  it('the plan\'s timeline follows the dates the clerk entered', () => {
    const f = defaultRecordFields({ school: school(), assessment: assessment(), set: miniSet(), members: MEMBERS, today: TODAY, stated: DATES })
    expect(f.timeline).toContain('- Ngày 01/4/2026: ban hành kế hoạch')
    expect(f.timeline).toContain('- Từ ngày 01/4/2026 đến ngày 08/5/2026: các thành viên tự kiểm tra')
    expect(f.timeline).toContain('- Ngày 08/5/2026: họp tổ công tác')
    expect(f.timeline).toContain('- Ngày 11/5/2026: hoàn thiện báo cáo')
    expect(f.timeline).toContain('- Ngày 12/5/2026: Hiệu trưởng phê duyệt')
  })

  it('with no dates entered the timeline leaves them to fill by hand', () => {
    expect(defaults().timeline).toContain('- Ngày …/…/…: họp tổ công tác')
    expect(defaults().timeline).not.toMatch(/Ngày \d/)
  })

  it('the plan and the meeting on one day make one line, not "từ ngày X đến ngày X"', () => {
    const f = defaultRecordFields({
      school: school(), assessment: assessment(), set: miniSet(), members: MEMBERS, today: TODAY,
      stated: { ...DATES, minutesDate: DATES.planDate },
    })
    expect(f.timeline).not.toContain('Từ ngày 01/4/2026 đến ngày 01/4/2026')
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
