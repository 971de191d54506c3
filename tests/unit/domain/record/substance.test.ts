/**
 * What the documents say beyond the scores: the minutes' opinions and vote, the report's distance
 * to the next level and the school's improvement plan. On a small set built for the tests.
 */
import { describe, expect, it } from 'vitest'
import {
  buildRecordModel,
  defaultRecordFields,
  generatedRecordFields,
  QD4725_RECORD,
  recordBlanks,
  voteIssue,
  voteNeedsConfirm,
  voteSignature,
  type RecordBlock,
  type RecordFields,
  type RecordModel,
  type RecordSection,
  type RecordSectionId,
  type RecordTable,
} from '@/domain/record'
import type { ImprovementAction } from '@/domain/model'
import { scoreAssessment, type AnswerValue } from '@/domain/scoring/score'
import { answersOf, assessment, build, CAVEAT_PHRASES, DATES, FULL, MEMBERS, miniSet, school, TODAY } from './fixtures'

const section = (m: RecordModel, id: RecordSectionId): RecordSection => m.sections.find((x) => x.id === id)!
const blockText = (b: RecordBlock): string[] =>
  b.kind === 'heading'
    ? [b.text]
    : b.kind === 'paragraph'
      ? [b.runs.map((r) => r.text).join('')]
      : b.kind === 'list'
        ? b.items.map((it) => it.map((r) => r.text).join(''))
        : b.kind === 'table'
          ? [b.header.join(' | '), ...b.rows.map((r) => r.cells.join(' | '))]
          : b.photos.map((p) => `${p.code} ${p.caption}`)
const texts = (s: RecordSection) => s.body.flatMap(blockText)
/** The lines between two headings of a document. */
const between = (s: RecordSection, from: string, to: string) => {
  const t = texts(s)
  const a = t.indexOf(from)
  const b = t.indexOf(to)
  expect(a, from).toBeGreaterThanOrEqual(0)
  expect(b, to).toBeGreaterThan(a)
  return t.slice(a + 1, b)
}

describe('the minutes: opinions raised and the vote', () => {
  it.each([
    {
      case: 'opinions typed one per line, the user’s dashes dropped; everyone agreed',
      fields: { opinions: '- Cần bổ sung minh chứng tiêu chí 1.3.\nĐề nghị mua thêm máy chiếu.' },
      opinions: ['Cần bổ sung minh chứng tiêu chí 1.3.', 'Đề nghị mua thêm máy chiếu.'],
      vote: 'Biểu quyết: 3/3 thành viên dự họp nhất trí với kết quả tự đánh giá.',
    },
    {
      case: 'no opinions typed: dotted lines to write by hand; the vote as entered',
      fields: { votesFor: '2' },
      opinions: ['………………………………………………………………………………………………', '………………………………………………………………………………………………'],
      vote: 'Biểu quyết: 2/3 thành viên dự họp nhất trí với kết quả tự đánh giá.',
    },
    {
      case: 'a vote that is not a number counts everyone present',
      fields: { votesFor: 'tất cả' },
      opinions: ['………………………………………………………………………………………………', '………………………………………………………………………………………………'],
      vote: 'Biểu quyết: 3/3 thành viên dự họp nhất trí với kết quả tự đánh giá.',
    },
  ])('$case', ({ fields, opinions, vote }) => {
    const minutes = section(build({ overrides: fields }).model, 'minutes')
    expect(between(minutes, '3. Ý kiến của các thành viên', 'IV. KẾT LUẬN')).toEqual(opinions)
    const conclusion = texts(minutes).slice(texts(minutes).indexOf('IV. KẾT LUẬN'))
    expect(conclusion).toContain(vote)
    expect(conclusion.at(-1)).toMatch(/^Cuộc họp kết thúc vào hồi .* cùng ngày\. .*\/\.$/)
  })
})

describe('the report: phương hướng, giải pháp', () => {
  const directions = (answers: Record<string, AnswerValue>, improvement?: ImprovementAction[]) =>
    between(
      section(build({ answers, assessment: assessment(improvement ? { improvement } : {}) }).model, 'report'),
      'III. PHƯƠNG HƯỚNG, GIẢI PHÁP',
      'IV. KHÓ KHĂN, VƯỚNG MẮC',
    )

  it.each<{ case: string; answers: Record<string, AnswerValue>; lines: string[] }>([
    {
      case: 'points short of the next band: how many, and the rows that close the gap (half points allowed)',
      answers: { ...FULL, '1.2.3': 0, '1.3': 0 },
      lines: [
        '1. Mục tiêu nâng mức',
        'Nhóm 1 còn thiếu 6 điểm để đạt Mức 2 (Đáp ứng cơ bản); ưu tiên các chỉ số: 1.3 – Học liệu số (thêm 6 điểm).',
        'Nhóm 2 đã đạt Mức 3 (Đáp ứng tốt): duy trì và nâng cao chất lượng các tiêu chí đã đạt.',
      ],
    },
    {
      case: 'an exclusive bound: 15 is Mức 2; Mức 3 needs more than 15, a whole point where the open row takes whole points',
      answers: { ...FULL, '1.2.3': 1 },
      lines: [
        '1. Mục tiêu nâng mức',
        'Nhóm 1 còn thiếu 1 điểm để đạt Mức 3 (Đáp ứng tốt); ưu tiên các chỉ số: 1.2.3 – LMS giao bài tự học (thêm 1 điểm).',
        'Nhóm 2 đã đạt Mức 3 (Đáp ứng tốt): duy trì và nâng cao chất lượng các tiêu chí đã đạt.',
      ],
    },
    {
      case: 'exactly on the exclusive bound with a half-point row open: half a point lifts it',
      answers: { ...FULL, '1.3': 5 },
      lines: [
        '1. Mục tiêu nâng mức',
        'Nhóm 1 còn thiếu 0,5 điểm để đạt Mức 3 (Đáp ứng tốt); ưu tiên các chỉ số: 1.3 – Học liệu số (thêm 0,5 điểm).',
        'Nhóm 2 đã đạt Mức 3 (Đáp ứng tốt): duy trì và nâng cao chất lượng các tiêu chí đã đạt.',
      ],
    },
    {
      case: 'an unmet mandatory condition comes first; with enough points, meeting it reaches the higher level',
      answers: { ...FULL, '1.1': false },
      lines: [
        '1. Mục tiêu nâng mức',
        'Nhóm 1: đáp ứng điều kiện bắt buộc 1.1 (Có kế hoạch dạy học trực tuyến) để được xếp Mức 3 (Đáp ứng tốt).',
        'Nhóm 2 đã đạt Mức 3 (Đáp ứng tốt): duy trì và nâng cao chất lượng các tiêu chí đã đạt.',
      ],
    },
  ])('$case', ({ answers, lines }) => {
    expect(directions(answers)).toEqual(lines)
  })

  it('writes the improvement plan as a table: row, action, who, by when, target of max', () => {
    const plan: ImprovementAction[] = [
      { id: 'x2', itemId: '2.2.2', what: 'Nhập hồ sơ đội ngũ', who: 'Lê Thu Hà', by: '2026-10-15', targetPoints: 4 },
      { id: 'x0', what: 'Tập huấn kỹ năng số cho giáo viên', who: 'Tổ công tác', by: '' },
      { id: 'x1', itemId: '1.3', what: 'Xây dựng kho học liệu số', who: 'Trần Văn Bình', by: '2026-03-05', targetPoints: 7.5, fromYear: '2024-2025' },
    ]
    const lines = directions({ ...FULL, '1.3': 0 }, plan)
    const at = lines.indexOf('2. Kế hoạch cải tiến')
    expect(lines.slice(at)).toEqual([
      '2. Kế hoạch cải tiến',
      'Nhà trường xây dựng kế hoạch cải tiến như sau:',
      'TT | Chỉ số | Nội dung thực hiện | Người thực hiện | Thời hạn | Điểm cần đạt',
      '1 | 1.3 | Xây dựng kho học liệu số (tiếp tục từ năm học 2024-2025) | Trần Văn Bình | 05/3/2026 | 7,5/10',
      '2 | 2.2.2 | Nhập hồ sơ đội ngũ | Lê Thu Hà | 15/10/2026 | 4/4',
      '3 |  | Tập huấn kỹ năng số cho giáo viên | Tổ công tác |  | ',
    ])
  })

  it('has no plan table when the school wrote no plan', () => {
    const report = section(build({ answers: { ...FULL, '1.3': 0 } }).model, 'report')
    expect(texts(report)).not.toContain('2. Kế hoạch cải tiến')
    expect(report.body.filter((b): b is RecordTable => b.kind === 'table')).toHaveLength(1)
  })

  it('carries none of the app’s caveats, though most rows of the set are unofficial', () => {
    const all = directions({ ...FULL, '2.2.1': 0, '2.3': 0 }).join('\n')
    expect(all).toContain('Nhóm 2 còn thiếu')
    for (const phrase of CAVEAT_PHRASES) expect(all, phrase).not.toContain(phrase)
  })
})

describe('the optional decision forming the team', () => {
  it('is not in the record unless the school asks for it', () => {
    const { model, fields } = build()
    expect(model.sections.map((s) => s.id)).toEqual(['plan', 'minutes', 'report', 'decision', 'appendix'])
    expect(QD4725_RECORD.documentsFor!(fields)).toEqual(['plan', 'minutes', 'report', 'decision', 'appendix'])
    expect(recordBlanks(fields)).not.toContain('teamDecisionNumber')
  })

  it('opens the record when asked for: number, the plan’s date, members with duties, articles, head’s signature', () => {
    const { model, fields } = build({ overrides: { ...DATES, teamDecision: 'yes', teamDecisionNumber: '3' } })
    expect(model.sections.map((s) => s.id)).toEqual(['team', 'plan', 'minutes', 'report', 'decision', 'appendix'])
    expect(QD4725_RECORD.documentsFor!(fields)).toEqual(['team', 'plan', 'minutes', 'report', 'decision', 'appendix'])
    const team = section(model, 'team')
    expect(team.fileName).toBe('quyet-dinh-thanh-lap-to-cong-tac-THVT-2025-2026')
    expect(team.header?.number).toBe('Số: 03/QĐ-THVT')
    expect(team.header?.placeDate).toBe('An Phú, ngày 01 tháng 4 năm 2026')
    expect([team.title, team.summary]).toEqual([
      'QUYẾT ĐỊNH',
      'Về việc thành lập tổ công tác tự kiểm tra, đánh giá mức độ chuyển đổi số năm học 2025-2026',
    ])
    const t = texts(team)
    expect(t).toContain(
      'Điều 1. Thành lập tổ công tác tự kiểm tra, đánh giá mức độ chuyển đổi số năm học 2025-2026 của Trường Tiểu học Văn Tràng, gồm các ông (bà) có tên sau:',
    )
    expect(t).toContain('1 | Nguyễn Thị Lan | Hiệu trưởng | Tổ trưởng | Chỉ đạo chung')
    expect(t).toContain('2 | Lê Thu Hà | Phó Hiệu trưởng | Thành viên | 2.1, 2.2, 2.3')
    expect(t).toContain('3 | Trần Văn Bình | Giáo viên | Thư ký | 1.2, 1.3')
    expect(t.some((l) => l.startsWith('Điều 2. Tổ công tác có nhiệm vụ'))).toBe(true)
    expect(t.at(-1)).toMatch(/^Điều 3\. .*\/\.$/)
    expect(team.signatures).toEqual([{ title: ['HIỆU TRƯỞNG'], name: 'Nguyễn Thị Lan' }])
    expect(team.recipients?.lines[0]).toBe('- Như Điều 3;')
    // The plan lists it among the record's documents.
    expect(texts(section(model, 'plan'))).toContain('Quyết định thành lập tổ công tác;')
  })

  it('asks for its number before export when the number is left blank, and follows an edited abbreviation', () => {
    const { fields } = build({ overrides: { teamDecision: 'yes', schoolAbbreviation: 'VT' } })
    expect(recordBlanks(fields)[0]).toBe('teamDecisionNumber')
    expect(fields.teamDecisionNumber).toBe('…/QĐ-VT')
  })
})

describe('the deputy team lead (phó tổ trưởng)', () => {
  const lead = (s: RecordSection) => texts(s).filter((l) => l.includes('Phó tổ trưởng'))

  it('is printed where the record names the team’s roles when the school names one', () => {
    const { model } = build({ overrides: { ...DATES, teamDecision: 'yes', deputyLead: 'Lê Thu Hà' } })
    expect(lead(section(model, 'minutes'))).toEqual(['Phó tổ trưởng: Lê Thu Hà — Phó Hiệu trưởng'])
    // Chủ trì, then the deputy, then the secretary.
    const minutes = texts(section(model, 'minutes'))
    expect(minutes.indexOf('Phó tổ trưởng: Lê Thu Hà — Phó Hiệu trưởng')).toBe(minutes.indexOf('Chủ trì: Nguyễn Thị Lan — Hiệu trưởng') + 1)
    for (const id of ['team', 'plan'] as const)
      expect(lead(section(model, id)), id).toEqual(['2 | Lê Thu Hà | Phó Hiệu trưởng | Phó tổ trưởng | 2.1, 2.2, 2.3'])
  })

  it('leaves no line and no blank when the team has none (the default: it is asked, never guessed)', () => {
    const { model, fields } = build({ overrides: { ...DATES, teamDecision: 'yes' } })
    expect(fields.deputyLead).toBe('')
    for (const s of model.sections) expect(lead(s), s.id).toEqual([])
    const roles = between(section(model, 'minutes'), 'II. THÀNH PHẦN', 'III. NỘI DUNG')
    expect(roles.slice(0, 3)).toEqual(['Chủ trì: Nguyễn Thị Lan — Hiệu trưởng', 'Thư ký: Trần Văn Bình — Giáo viên', 'Thành viên tham dự: 3 người, gồm:'])
    expect(roles.join('\n')).not.toContain('…')
  })
})

describe('the vote: for, against, not voting, and a count that does not add up', () => {
  const voteLine = (fields: Partial<RecordFields>) => {
    const t = texts(section(build({ overrides: fields }).model, 'minutes'))
    return t.find((l) => l.startsWith('Biểu quyết:'))
  }
  it.each<{ case: string; fields: Partial<RecordFields>; line: string; issue: { counted: number; present: number } | null }>([
    {
      case: 'against and not voting printed after those agreeing',
      fields: { votesFor: '1', votesAgainst: '1', votesAbstain: '1' },
      line: 'Biểu quyết: 1/3 thành viên dự họp nhất trí với kết quả tự đánh giá; 1/3 thành viên không nhất trí; 1/3 thành viên không biểu quyết.',
      issue: null,
    },
    {
      case: '"for" left blank: those present not counted against',
      fields: { votesAgainst: '1' },
      line: 'Biểu quyết: 2/3 thành viên dự họp nhất trí với kết quả tự đánh giá; 1/3 thành viên không nhất trí.',
      issue: null,
    },
    {
      case: 'zero against prints nothing about it',
      fields: { votesFor: '3', votesAgainst: '0' },
      line: 'Biểu quyết: 3/3 thành viên dự họp nhất trí với kết quả tự đánh giá.',
      issue: null,
    },
    {
      case: 'more votes than people: printed as entered, flagged on the phone',
      fields: { votesFor: '3', votesAgainst: '1' },
      line: 'Biểu quyết: 3/3 thành viên dự họp nhất trí với kết quả tự đánh giá; 1/3 thành viên không nhất trí.',
      issue: { counted: 4, present: 3 },
    },
    {
      case: 'too many agreeing alone',
      fields: { votesFor: '5' },
      line: 'Biểu quyết: 5/3 thành viên dự họp nhất trí với kết quả tự đánh giá.',
      issue: { counted: 5, present: 3 },
    },
  ])('$case', ({ fields, line, issue }) => {
    expect(voteLine(fields)).toBe(line)
    const resolved = build({ overrides: fields }).fields
    expect(voteIssue(resolved)).toEqual(issue)
    expect(voteNeedsConfirm(resolved)).toBe(issue !== null)
  })

  it('no attendee list: nothing to compare with, the count is written by hand', () => {
    const { fields } = build({ overrides: { attendees: ' ', votesFor: '9' }, members: [] })
    expect(voteIssue({ ...fields, attendees: '' })).toBeNull()
  })

  it('the confirmation holds for the numbers confirmed, and is asked again when they change', () => {
    const { fields } = build({ overrides: { votesFor: '3', votesAgainst: '1' } })
    const confirmed = { ...fields, votesConfirmed: `${voteSignature(fields)}@2026-05-08T09:00:00.000Z` }
    expect(voteNeedsConfirm(confirmed)).toBe(false)
    expect(voteNeedsConfirm({ ...confirmed, votesAgainst: '2' })).toBe(true)
    expect(voteNeedsConfirm({ ...confirmed, attendees: `${fields.attendees}\nĐỗ Thị Hồng — Nhân viên`, votesAgainst: '2' })).toBe(true)
    // Never on paper.
    const minutes = texts(section(build({ overrides: { votesFor: '3', votesAgainst: '1', votesConfirmed: confirmed.votesConfirmed } }).model, 'minutes'))
    expect(minutes.join('\n')).not.toContain('2026-05-08T09')
  })
})

describe('the report’s generated points, rewritten by the principal', () => {
  const input = (over: Partial<RecordFields> = {}) => {
    const set = miniSet()
    const asm = assessment()
    const score = scoreAssessment(set, { ...FULL, '1.3': 0 })
    const base = defaultRecordFields({ school: school(), assessment: asm, set, members: MEMBERS, today: TODAY })
    const generic = { school: school(), assessment: asm, set, answers: answersOf({ ...FULL, '1.3': 0 }), evidence: [], members: MEMBERS, score, lang: 'vi' as const }
    const generated = generatedRecordFields({ ...generic, fields: base })
    return { generated, model: (fields: Partial<RecordFields>) => buildRecordModel({ ...generic, fields: { ...base, ...generated, ...over, ...fields } }) }
  }
  const part = (m: RecordModel, from: string, to: string) => between(section(m, 'report'), from, to)

  it('offers the generated points as text, one per line after a dash, and prints them unchanged as a list', () => {
    const { generated, model } = input()
    expect(generated.strengths.split('\n')[0]).toBe('- Tiêu chí 1.2 (Triển khai phần mềm dạy học): đạt 10/10 điểm.')
    expect(generated.weaknesses).toBe('- Tiêu chí 1.3 (Học liệu số): đạt 0/10 điểm, còn thiếu 10 điểm.')
    expect(generated.directions).toBe(
      [
        '- Nhóm 1 còn thiếu 5,5 điểm để đạt Mức 3 (Đáp ứng tốt); ưu tiên các chỉ số: 1.3 – Học liệu số (thêm 5,5 điểm).',
        '- Nhóm 2 đã đạt Mức 3 (Đáp ứng tốt): duy trì và nâng cao chất lượng các tiêu chí đã đạt.',
      ].join('\n'),
    )
    const m = model({})
    const blank = input({ strengths: '', weaknesses: '', directions: '' }).model({})
    // Unchanged text and a blank field print the same, as a list.
    expect(section(m, 'report').body).toEqual(section(blank, 'report').body)
    expect(part(m, '2. Điểm yếu, hạn chế (các tiêu chí còn thiếu nhiều điểm nhất)', 'III. PHƯƠNG HƯỚNG, GIẢI PHÁP')).toEqual([
      'Tiêu chí 1.3 (Học liệu số): đạt 0/10 điểm, còn thiếu 10 điểm.',
    ])
  })

  it('prints what the principal wrote instead, each in its place: dashed lines as a list, other lines as paragraphs', () => {
    const { model } = input()
    const m = model({
      strengths: 'Nhà trường có đội ngũ giáo viên trẻ, nhiệt tình.\n- Phần mềm dạy học được dùng thường xuyên.\n– Có kế hoạch dạy học trực tuyến.',
      weaknesses: '- Học liệu số còn ít, chưa có kho học liệu dùng chung.',
      directions: '- Năm học tới xây dựng kho học liệu số để đạt Mức 2.',
    })
    const report = section(m, 'report')
    const at = report.body.findIndex((b) => b.kind === 'heading' && b.text === '1. Điểm mạnh')
    expect(report.body.slice(at + 1, at + 3)).toEqual([
      { kind: 'paragraph', runs: [{ text: 'Nhà trường có đội ngũ giáo viên trẻ, nhiệt tình.' }], align: 'justify', indent: true },
      { kind: 'list', marker: '-', items: [[{ text: 'Phần mềm dạy học được dùng thường xuyên.' }], [{ text: 'Có kế hoạch dạy học trực tuyến.' }]] },
    ])
    expect(part(m, '2. Điểm yếu, hạn chế (các tiêu chí còn thiếu nhiều điểm nhất)', 'III. PHƯƠNG HƯỚNG, GIẢI PHÁP')).toEqual([
      'Học liệu số còn ít, chưa có kho học liệu dùng chung.',
    ])
    expect(part(m, '1. Mục tiêu nâng mức', 'IV. KHÓ KHĂN, VƯỚNG MẮC')).toEqual(['Năm học tới xây dựng kho học liệu số để đạt Mức 2.'])
  })
})
