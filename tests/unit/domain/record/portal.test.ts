/**
 * The school-portal record (phiếu tự đánh giá cổng thông tin điện tử), built from a small checklist
 * set made for the test: items met / not met, the count met out of the total, no app talk.
 */
import { describe, expect, it } from 'vitest'
import { parseCriteriaSet } from '@/domain/criteria/parse'
import { recordTemplateOf, TT37_PORTAL_RECORD, type RecordFields, type RecordModel, type RecordTable } from '@/domain/record'
import { resolveRecordFields } from '@/domain/record'
import type { ImprovementAction } from '@/domain/model'
import { scoreAssessment, type AnswerValue } from '@/domain/scoring/score'
import { portalSet } from '../../../builders/criteriaSet'
import { answersOf, assessment, CAVEAT_PHRASES, evidence, school, TODAY } from './fixtures'

function set() {
  const r = parseCriteriaSet(structuredClone(portalSet()))
  if (!r.ok) throw new Error(JSON.stringify(r.errors))
  return r.value
}

function build(answers: Record<string, AnswerValue>, overrides: Partial<RecordFields> = {}, improvement?: ImprovementAction[]): RecordModel {
  const s = set()
  const asm = assessment({ setId: s.id, ...(improvement ? { improvement } : {}) })
  const defaults = TT37_PORTAL_RECORD.defaults({ school: school(), assessment: asm, set: s, members: [], today: TODAY })
  return TT37_PORTAL_RECORD.build({
    school: school(),
    assessment: asm,
    set: s,
    answers: answersOf(answers),
    evidence: [evidence('e1', 'MC-P2', { itemIds: ['P2'], kind: 'link', url: 'https://thvt.edu.vn/tin-tuc' })],
    members: [],
    fields: resolveRecordFields(defaults, overrides),
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
          : b.kind === 'list'
            ? b.items.map((it) => it.map((r) => r.text).join(''))
            : b.kind === 'table'
              ? [b.header.join(' | '), ...b.rows.map((r) => r.cells.join(' | '))]
              : [],
    ),
  )

describe('the tt37-portal record template', () => {
  it('is the template a set naming "tt37-portal" gets, with one document', () => {
    expect(recordTemplateOf(set())).toBe(TT37_PORTAL_RECORD)
    expect(TT37_PORTAL_RECORD.documents).toEqual(['checklist'])
  })

  const answers = { 'P1.a': 1, 'P1.b': 0, P2: 1, P4: 'VnEdu' }
  const model = build(answers, { checklistDate: '2026-05-12', portalUrl: 'https://thvt.edu.vn', preparedBy: 'Lê Thu Hà' })
  const s = model.sections[0]!

  it('has the NĐ 30 heading, a title, a date from the clerk, and no number', () => {
    expect(s.header).toEqual({
      governingBody: 'UBND XÃ AN PHÚ',
      issuer: 'TRƯỜNG TIỂU HỌC VĂN TRÀNG',
      number: '',
      motto: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'],
      placeDate: 'An Phú, ngày 12 tháng 5 năm 2026',
    })
    expect([s.title, s.summary]).toEqual(['PHIẾU TỰ ĐÁNH GIÁ', 'Cổng thông tin điện tử của nhà trường năm học 2025-2026'])
    expect(s.fileName).toBe('phieu-tu-danh-gia-cong-thong-tin-THVT-2025-2026')
    expect(model.fileName).toBe(s.fileName)
  })

  it('marks each item met or not met, the unscored one apart, and counts met out of the total', () => {
    const table = s.body.find((b): b is RecordTable => b.kind === 'table')!
    expect([table.header, ...table.rows.map((r) => r.cells)]).toEqual([
      ['TT', 'Mã', 'Nội dung', 'Đạt', 'Chưa đạt', 'Ghi chú'],
      ['1', 'P1.a', 'Sơ đồ, cơ cấu tổ chức', 'x', '', ''],
      ['2', 'P1.b', 'Thông tin liên hệ', '', 'x', ''],
      ['3', 'P2', 'Tin tức, sự kiện', 'x', '', 'MC-P2'],
      ['4', 'P3', 'Thông tin tuyển sinh', '', '', ''],
      ['5', 'P4', 'Hệ thống quản lý trường học trực tuyến', '', '', 'Không tính điểm; VnEdu'],
      ['', '', 'Cộng', '2', '2', '2/4 nội dung'],
    ])
  })

  it('sums up: met out of total, the items not met, those not yet checked', () => {
    const t = texts(model)
    expect(t).toContain('Căn cứ Thông tư số 7/2020/TT-BTN ngày 05/10/2020 của Bộ trưởng Bộ Thử nghiệm quy định về cổng thông tin điện tử của trường thử;')
    expect(t).toContain('Trường Tiểu học Văn Tràng tự kiểm tra, đánh giá cổng thông tin điện tử của nhà trường (địa chỉ: https://thvt.edu.vn) như sau:')
    expect(t).toContain(
      'Cổng thông tin điện tử của Trường Tiểu học Văn Tràng đáp ứng 2/4 nội dung về thông tin chủ yếu trên cổng thông tin điện tử của trường thử.',
    )
    expect(t.slice(t.indexOf('Các nội dung chưa đạt:') + 1, t.indexOf('Các nội dung chưa đạt:') + 2)).toEqual(['P1.b: Thông tin liên hệ.'])
    expect(t).toContain('Các nội dung chưa được kiểm tra: P3.')
  })

  it('is signed by the preparer and the head, side by side, as a form is', () => {
    expect(s.signatures).toEqual([
      { title: ['NGƯỜI LẬP PHIẾU'], name: 'Lê Thu Hà' },
      { title: ['HIỆU TRƯỞNG'], name: 'Nguyễn Thị Lan' },
    ])
    expect(s.recipients).toBeNull()
  })

  it('leaves lines to fill by hand and lists them on the phone when the date, address and preparer are blank', () => {
    const blank = build(answers)
    expect(blank.sections[0]!.header!.placeDate).toBe('An Phú, ngày … tháng … năm …')
    expect(texts(blank).some((l) => l.includes('(địa chỉ: ……'))).toBe(true)
    const fields = TT37_PORTAL_RECORD.defaults({ school: school(), assessment: assessment(), set: set(), members: [], today: TODAY })
    expect(TT37_PORTAL_RECORD.blanks(fields, 'tieu-hoc')).toEqual(['checklistDate', 'portalUrl', 'preparedBy'])
    expect(TT37_PORTAL_RECORD.blanks({ ...fields, checklistDate: '12/5/2026', portalUrl: 'x', preparedBy: 'Hà' }, 'tieu-hoc')).toEqual([])
  })

  it('prints the improvement plan under the remedies when the school wrote one', () => {
    const t = texts(build(answers, {}, [{ id: 'a', itemId: 'P1.b', what: 'Đăng số điện thoại, thư điện tử', who: 'Lê Thu Hà', by: '2026-06-01', targetPoints: 1 }]))
    const at = t.indexOf('III. BIỆN PHÁP KHẮC PHỤC, ĐỀ XUẤT')
    expect(t[at + 2]).toBe('1 | P1.b | Đăng số điện thoại, thư điện tử | Lê Thu Hà | 01/6/2026 | 1/1')
  })

  it('says nothing of the app or of where the set’s wording comes from', () => {
    const all = JSON.stringify(model)
    for (const phrase of [...CAVEAT_PHRASES, 'Bộ thử', 'chưa đối chiếu', 'Không chia mức']) expect(all, phrase).not.toContain(phrase)
  })
})
