/**
 * The accreditation self-evaluation report, built from a small set rated by levels made for the
 * test: standards, criteria with their written parts and levels, the school's level, the evidence
 * codes per criterion, and no app talk.
 */
import { describe, expect, it } from 'vitest'
import { parseCriteriaSet } from '@/domain/criteria/parse'
import { ACCREDITATION_RECORD, recordTemplateOf, resolveRecordFields, type RecordModel } from '@/domain/record'
import { scoreAssessment, type AnswerValue } from '@/domain/scoring/score'
import { ALL_NARRATIVES, levelSet, narrativeId } from '../../../builders/levelSet'
import { answersOf, assessment, CAVEAT_PHRASES, evidence, school, TODAY } from './fixtures'

function set() {
  const raw = levelSet({ standards: { '1': [['1.1*', [2, 1]], ['1.2', [1, 1]]], '2': [['2.1', [1, 1]]] }, narratives: ALL_NARRATIVES })
  const r = parseCriteriaSet({ ...raw, recordTemplate: 'accreditation-report' })
  if (!r.ok) throw new Error(JSON.stringify(r.errors))
  return r.value
}

function build(answers: Record<string, AnswerValue>): RecordModel {
  const s = set()
  const asm = assessment({ setId: s.id })
  const defaults = ACCREDITATION_RECORD.defaults({ school: school(), assessment: asm, set: s, members: [], today: TODAY })
  return ACCREDITATION_RECORD.build({
    school: school(),
    assessment: asm,
    set: s,
    answers: answersOf(answers),
    evidence: [evidence('e1', 'MC1.1.01', { itemIds: ['1.1-1a'], title: 'Kế hoạch năm học' })],
    members: [],
    fields: resolveRecordFields(defaults, { reportDate: '2027-05-20', reportNumber: '15' }),
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
})
