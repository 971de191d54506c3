/**
 * The accreditation self-evaluation report, built from a small set rated by levels made for the
 * test: standards, criteria with their written parts and levels, the school's level, the evidence
 * codes per criterion, and no app talk.
 */
import { describe, expect, it } from 'vitest'
import { parseCriteriaSet } from '@/domain/criteria/parse'
import { ACCREDITATION_RECORD, recordTemplateOf, resolveRecordFields, type RecordModel } from '@/domain/record'
import { scoreAssessment, type AnswerValue } from '@/domain/scoring/score'
import type { SchoolKind } from '@/domain/criteria/schema'
import { ALL_NARRATIVES, levelSet, narrativeId } from '../../../builders/levelSet'
import { answersOf, assessment, CAVEAT_PHRASES, evidence, school, TODAY } from './fixtures'

function set() {
  const raw = levelSet({ standards: { '1': [['1.1*', [2, 1]], ['1.2', [1, 1]]], '2': [['2.1', [1, 1]]] }, narratives: ALL_NARRATIVES })
  const r = parseCriteriaSet({ ...raw, recordTemplate: 'accreditation-report' })
  if (!r.ok) throw new Error(JSON.stringify(r.errors))
  return r.value
}

function build(answers: Record<string, AnswerValue>, over: { statistics?: string; kind?: SchoolKind; codes?: string[] } = {}): RecordModel {
  const s = set()
  const asm = assessment({ setId: s.id })
  const sch = school(over.kind ? { kind: over.kind } : {})
  const defaults = ACCREDITATION_RECORD.defaults({ school: sch, assessment: asm, set: s, members: [], today: TODAY })
  return ACCREDITATION_RECORD.build({
    school: sch,
    assessment: asm,
    set: s,
    answers: answersOf(answers),
    evidence: (over.codes ?? ['MC1.1.01']).map((code, i) => evidence(`e${i}`, code, { itemIds: ['1.1-1a'], title: `Kế hoạch năm học ${i}` })),
    members: [],
    fields: resolveRecordFields(defaults, { reportDate: '2027-05-20', reportNumber: '15', statistics: over.statistics ?? '' }),
    score: scoreAssessment(s, answers),
    lang: 'vi',
  })
}

const texts = (m: RecordModel) =>
  m.sections.flatMap((s) =>
    s.body.flatMap((b) =>
      b.kind === 'heading'
        ? [b.text]
        : b.kind === 'paragraph'
          ? [b.runs.map((r) => r.text).join('')]
          : b.kind === 'table'
            ? [b.header.join(' | '), ...b.rows.map((r) => r.cells.join(' | '))]
            : [],
    ),
  )

const answers: Record<string, AnswerValue> = {
  '1.1-1a': true,
  '1.1-1b': true,
  '1.1-2a': true,
  '1.2-1a': true,
  '1.2-2a': false,
  '2.1-1a': true,
  [narrativeId('1.1', 'current-state')]: 'Nhà trường ban hành kế hoạch năm học đúng hạn.',
  [narrativeId('1.1', 'strengths')]: 'Kế hoạch sát thực tế.',
  [narrativeId('1.1', 'weaknesses')]: 'Chưa rà soát giữa kỳ.',
  [narrativeId('1.1', 'improvement')]: 'Rà soát kế hoạch cuối học kỳ I.',
  [narrativeId('1.1', 'improvement-who')]: 'Phó hiệu trưởng',
  [narrativeId('1.1', 'improvement-when')]: 'Tháng 01/2028',
}

describe('the accreditation report template', () => {
  it('is what a set naming "accreditation-report" gets: one document, the report', () => {
    expect(recordTemplateOf(set())).toBe(ACCREDITATION_RECORD)
    expect(ACCREDITATION_RECORD.documents).toEqual(['report'])
  })

  const model = build(answers)
  const section = model.sections[0]!
  const all = texts(model)

  it('is an administrative document: header, number, title, signature', () => {
    expect(section.header?.number).toContain('15')
    expect(section.title).toBe('BÁO CÁO TỰ ĐÁNH GIÁ')
    expect(section.signatures).toHaveLength(1)
    expect(model.fileName).toMatch(/^bao-cao-tu-danh-gia-chat-luong-/)
  })

  it('has the four parts, each standard and each criterion in set order', () => {
    const headings = section.body.filter((b) => b.kind === 'heading').map((b) => (b.kind === 'heading' ? b.text : ''))
    expect(headings).toEqual([
      'Phần I. CƠ SỞ DỮ LIỆU',
      'Phần II. TỰ ĐÁNH GIÁ',
      'Tiêu chuẩn 1: Tiêu chuẩn 1',
      'Tiêu chí 1.1: Tiêu chí 1.1 (tiêu chí bắt buộc)',
      'Tiêu chí 1.2: Tiêu chí 1.2',
      'Tiêu chuẩn 2: Tiêu chuẩn 2',
      'Tiêu chí 2.1: Tiêu chí 2.1',
      'Phần III. KẾT LUẬN',
      'Phần IV. PHỤ LỤC',
    ])
  })

  it("prints each criterion's written parts under the set's own labels, with who and when", () => {
    for (const line of [
      '1. Mô tả hiện trạng',
      'Nhà trường ban hành kế hoạch năm học đúng hạn.',
      '2. Điểm mạnh',
      'Kế hoạch sát thực tế.',
      '3. Điểm yếu',
      'Chưa rà soát giữa kỳ.',
      '4. Kế hoạch cải tiến chất lượng',
      'Rà soát kế hoạch cuối học kỳ I.',
      'Người thực hiện: Phó hiệu trưởng',
      'Thời gian thực hiện: Tháng 01/2028',
      'Minh chứng: MC1.1.01',
    ])
      expect(all).toContain(line)
  })

  it('gives each criterion its level, each standard its conclusion and the school its level', () => {
    expect(all).toContain('Mức 1: Đạt; Mức 2: Đạt.')
    expect(all).toContain('Đạt Mức 2')
    expect(all).toContain('Mức 1: Đạt; Mức 2: Không đạt.')
    expect(all).toContain('Kết luận về Tiêu chuẩn 1: số tiêu chí đạt Mức 1: 2/2; số tiêu chí đạt Mức 2: 1/2. Đạt Mức 1.')
    expect(all).toContain('Tiêu chuẩn | Số tiêu chí | Đạt Mức 1 | Đạt Mức 2')
    expect(all).toContain('Tổng cộng | 3 | 3 | 1')
    expect(all).toContain('Kết quả tự đánh giá của nhà trường: Đạt Mức 1.')
  })

  it('names the mandatory criteria not at level 1, and leaves dotted lines for what is not written', () => {
    const m = texts(build({ '1.2-1a': true }))
    expect(m).toContain('Tiêu chí bắt buộc chưa đạt Mức 1: 1.1.')
    expect(m).toContain('Kết quả tự đánh giá của nhà trường: Chưa đạt Mức 1.')
    expect(m.filter((l) => /^…+$/.test(l)).length).toBeGreaterThanOrEqual(4 * 3)
  })

  it('lists the evidence with its code and carries no app talk', () => {
    expect(all.some((l) => l.includes('MC1.1.01') && l.includes('Kế hoạch năm học'))).toBe(true)
    for (const phrase of [...CAVEAT_PHRASES, 'tạm tính', 'provisional']) expect(all.join('\n')).not.toContain(phrase)
  })

  it('prints Phần I tables from the figures typed, totals only where a column is complete, empty cells empty', () => {
    const m = texts(
      build(answers, {
        statistics: [
          ...[1, 2, 3, 4, 5].flatMap((g) => [`classes.g${g}.classes=2`, `classes.g${g}.pupils=${60 + g}`]),
          'staff.teachers.total=24',
          'staff.teachers.women=20',
          'rooms.classrooms.solid=10',
          'rooms.classrooms.semiSolid=2',
          'rooms.classrooms.temporary=0',
        ].join('\n'),
      }),
    )
    const part1 = m.slice(m.indexOf('Phần I. CƠ SỞ DỮ LIỆU'), m.indexOf('Phần II. TỰ ĐÁNH GIÁ'))
    expect(part1).toContain('Bảng 1. Số lớp và số học sinh, năm học 2025-2026')
    expect(part1).toContain('Khối lớp | Số lớp | Số học sinh')
    expect(part1).toContain('Khối 3 | 2 | 63')
    expect(part1).toContain('Tổng cộng | 10 | 315')
    expect(part1).toContain('Giáo viên | 24 | 20 | ')
    expect(part1).toContain('Tổng cộng |  |  | ')
    expect(part1).toContain('Loại phòng | Kiên cố | Bán kiên cố | Tạm | Tổng số')
    expect(part1).toContain('Phòng học | 10 | 2 | 0 | 12')
    expect(part1).toContain('Phòng hành chính - quản trị |  |  |  | ')
  })

  it.each<[SchoolKind, string, string]>([
    ['mam-non', 'Bảng 1. Số nhóm, lớp và số trẻ, năm học 2025-2026', 'Nhóm, lớp | Số nhóm, lớp | Số trẻ'],
    ['gdtx', 'Bảng 1. Số lớp và số học viên, năm học 2025-2026', 'Khối lớp | Số lớp | Số học viên'],
  ])('names the first table in the words of a %s school', (kind, title, header) => {
    const m = texts(build(answers, { kind }))
    expect(m).toContain(title)
    expect(m).toContain(header)
  })

  it('warns of empty figures before export, and starts "Kiến nghị" blank rather than with another record’s text', () => {
    const s = set()
    const defaults = ACCREDITATION_RECORD.defaults({ school: school(), assessment: assessment({ setId: s.id }), set: s, members: [], today: TODAY })
    expect(defaults.proposals).toBe('')
    const f = (statistics: string) => resolveRecordFields(defaults, { reportDate: '2027-05-20', reportNumber: '15', statistics })
    expect(ACCREDITATION_RECORD.blanks(f(''), 'tieu-hoc')).toEqual(['statistics'])
    const full = [
      ...[1, 2, 3, 4, 5].flatMap((g) => [`classes.g${g}.classes=1`, `classes.g${g}.pupils=1`]),
      ...['managers', 'teachers', 'staff'].flatMap((r) => ['total', 'women', 'qualified'].map((c) => `staff.${r}.${c}=1`)),
      ...['classrooms', 'functional', 'admin'].flatMap((r) => ['solid', 'semiSolid', 'temporary'].map((c) => `rooms.${r}.${c}=1`)),
    ].join('\n')
    expect(ACCREDITATION_RECORD.blanks(f(full), 'tieu-hoc')).toEqual([])
    expect(ACCREDITATION_RECORD.blanks(f(full), 'thcs')).toEqual(['statistics'])
    expect(texts(build(answers)).join('\n')).not.toContain('chuyển đổi số')
  })

  it.each([
    [['MC.1.1.02', 'MC.1.1.10', 'MC.1.1.01'], 'Minh chứng: MC.1.1.01, MC.1.1.02, MC.1.1.10'],
    [['[H1-1.1-10]', '[H1-1.1-02]'], 'Minh chứng: [H1-1.1-02], [H1-1.1-10]'],
  ])('cites codes of the set’s form in order under the criterion and in the evidence list: %j', (codes, line) => {
    const m = texts(build(answers, { codes }))
    expect(m).toContain(line)
    const listed = m.filter((l) => codes.some((c) => l.includes(` ${c} `) || l.includes(`| ${c} |`)))
    expect(listed.length).toBeGreaterThanOrEqual(codes.length)
  })
})
