import { describe, expect, it } from 'vitest'
import { recordBlanks, recordDateIssues, type RecordFields } from '@/domain/record'
import { build, DATES } from './fixtures'

const fields = (over: Partial<RecordFields> = {}) => build({ overrides: over }).fields

describe('dates in the order the events happened', () => {
  it.each<{ case: string; over: Partial<RecordFields>; expected: ReturnType<typeof recordDateIssues> }>([
    { case: 'plan, meeting, report, decision in order', over: DATES, expected: [] },
    { case: 'all on one day', over: { planDate: '2026-05-12', minutesDate: '2026-05-12', reportDate: '2026-05-12', decisionDate: '2026-05-12' }, expected: [] },
    {
      case: 'the meeting before the plan',
      over: { ...DATES, minutesDate: '2026-03-30' },
      expected: [{ kind: 'order', earlier: 'planDate', later: 'minutesDate' }],
    },
    {
      case: 'the decision before the report',
      over: { ...DATES, decisionDate: '2026-05-10' },
      expected: [{ kind: 'order', earlier: 'reportDate', later: 'decisionDate' }],
    },
    { case: 'blank dates are not out of order', over: { planDate: '2026-05-12', decisionDate: '' }, expected: [] },
    { case: 'a date typed the Vietnamese way counts', over: { planDate: '12/5/2026', minutesDate: '2026-05-08' }, expected: [{ kind: 'order', earlier: 'planDate', later: 'minutesDate' }] },
    { case: 'the meeting ends before it starts', over: { ...DATES, meetingStart: '14:00', meetingEnd: '13:30' }, expected: [{ kind: 'hours' }] },
  ])('$case', ({ over, expected }) => {
    expect(recordDateIssues(fields(over))).toEqual(expected)
  })
})

describe('what is still blank before export', () => {
  it('lists every number, date and hour not entered', () => {
    expect(recordBlanks(fields())).toEqual([
      'planNumber',
      'minutesNumber',
      'reportNumber',
      'decisionNumber',
      'planDate',
      'minutesDate',
      'reportDate',
      'decisionDate',
      'meetingStart',
      'meetingEnd',
    ])
  })

  it('lists nothing once everything is entered', () => {
    const all = { ...DATES, planNumber: '5', minutesNumber: '06', reportNumber: '7/BC-THVT', decisionNumber: '12', meetingStart: '14:00', meetingEnd: '16:30' }
    expect(recordBlanks(fields(all))).toEqual([])
  })
})

describe('the minutes record the hours of the meeting', () => {
  const text = (over: Partial<RecordFields>) =>
    JSON.stringify(build({ overrides: over }).model.sections.find((s) => s.id === 'minutes'))

  it('prints the start and end hours entered', () => {
    const t = text({ ...DATES, meetingStart: '14:00', meetingEnd: '16:30' })
    expect(t).toContain('Bắt đầu vào hồi 14 giờ 00 phút, ngày 08 tháng 5 năm 2026.')
    expect(t).toContain('Cuộc họp kết thúc vào hồi 16 giờ 30 phút cùng ngày.')
  })

  it('leaves hours and date to fill by hand when not entered, never today', () => {
    const t = text({})
    expect(t).toContain('Bắt đầu vào hồi … giờ … phút, ngày … tháng … năm ….')
    expect(t).toContain('kết thúc vào hồi … giờ … phút cùng ngày')
    expect(t).not.toMatch(/ngày \d+ tháng/)
    expect(t).not.toContain('2026-')
  })

  it('prints numbers below 10 with a leading zero', () => {
    expect(text({ minutesNumber: '5' })).toContain('Số: 05/BB-THVT')
  })
})

describe('who signs', () => {
  const sigs = (over: Partial<RecordFields>) =>
    build({ overrides: over }).model.sections.filter((s) => ['plan', 'report', 'decision'].includes(s.id)).map((s) => s.signatures)

  it('the head by default', () => {
    for (const s of sigs({})) expect(s).toEqual([{ title: ['HIỆU TRƯỞNG'], name: expect.any(String) }])
  })

  it('the deputy for the head when the school chose so: "KT. HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG"', () => {
    for (const s of sigs({ signer: 'deputy', deputyName: 'Trần Văn Bình' }))
      expect(s).toEqual([{ title: ['KT. HIỆU TRƯỞNG', 'PHÓ HIỆU TRƯỞNG'], name: 'Trần Văn Bình' }])
  })
})
