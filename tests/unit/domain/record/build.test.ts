import { describe, expect, it } from 'vitest'
import {
  NATIONAL_MOTTO,
  RECORD_SECTION_IDS,
  type RecordBlock,
  type RecordModel,
  type RecordSection,
  type RecordSectionId,
  type RecordTable,
} from '@/domain/record'
import type { AnswerValue } from '@/domain/scoring/score'
import { build, CAVEAT_PHRASES, DATES, evidence, FULL, photo, school } from './fixtures'

const section = (m: RecordModel, id: RecordSectionId): RecordSection => {
  const s = m.sections.find((x) => x.id === id)
  if (!s) throw new Error(`no section ${id}`)
  return s
}

/** The text of a block as a reader sees it, runs joined. */
const blockText = (b: RecordBlock): string[] => {
  switch (b.kind) {
    case 'heading':
      return [b.text]
    case 'paragraph':
      return [b.runs.map((r) => r.text).join('')]
    case 'list':
      return b.items.map((it) => it.map((r) => r.text).join(''))
    case 'table':
      return [b.header.join(' | '), ...b.rows.map((r) => r.cells.join(' | '))]
    case 'photos':
      return b.photos.map((p) => `${p.code} ${p.caption}`)
  }
}
const bodyText = (s: RecordSection) => s.body.flatMap(blockText)
const tables = (s: RecordSection) => s.body.filter((b): b is RecordTable => b.kind === 'table')
const allStrings = (v: unknown): string[] =>
  typeof v === 'string' ? [v] : Array.isArray(v) ? v.flatMap(allStrings) : v && typeof v === 'object' ? Object.values(v).flatMap(allStrings) : []

const totalRows = (m: RecordModel) =>
  tables(section(m, 'appendix'))[0]!.rows.filter((r) => r.kind === 'total').map((r) => r.cells)

describe('sections and headers', () => {
  const { model } = build({ overrides: DATES })

  it('has the five sections in order', () => {
    expect(model.sections.map((s) => s.id)).toEqual([...RECORD_SECTION_IDS])
    expect(model.sections.map((s) => s.title)).toEqual(['KẾ HOẠCH', 'BIÊN BẢN', 'BÁO CÁO', 'QUYẾT ĐỊNH', 'PHỤ LỤC'])
    expect(section(model, 'plan').summary).toBe('Tự kiểm tra, đánh giá mức độ chuyển đổi số năm học 2025-2026')
    expect(section(model, 'decision').summary).toBe(
      'Về việc phê duyệt kết quả tự đánh giá mức độ chuyển đổi số năm học 2025-2026',
    )
  })

  it.each([
    { id: 'plan' as const, number: 'Số: …/KH-THVT', date: 'An Phú, ngày 01 tháng 4 năm 2026' },
    { id: 'minutes' as const, number: 'Số: …/BB-THVT', date: 'An Phú, ngày 08 tháng 5 năm 2026' },
    { id: 'report' as const, number: 'Số: …/BC-THVT', date: 'An Phú, ngày 11 tháng 5 năm 2026' },
    { id: 'decision' as const, number: 'Số: …/QĐ-THVT', date: 'An Phú, ngày 12 tháng 5 năm 2026' },
  ])('$id has the Nghị định 30 header', ({ id, number, date }) => {
    const h = section(model, id).header!
    expect(h.governingBody).toBe('UBND XÃ AN PHÚ')
    expect(h.issuer).toBe('TRƯỜNG TIỂU HỌC VĂN TRÀNG')
    expect(h.motto).toEqual(NATIONAL_MOTTO)
    expect(h.motto).toEqual(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'])
    expect(h.number).toBe(number)
    expect(h.placeDate).toBe(date)
  })

  it('writes days below 10 and months 1–2 with a leading zero', () => {
    const { model: m } = build({ overrides: { decisionDate: '2026-02-05', reportDate: '2026-11-20' } })
    expect(section(m, 'decision').header!.placeDate).toBe('An Phú, ngày 05 tháng 02 năm 2026')
    expect(section(m, 'report').header!.placeDate).toBe('An Phú, ngày 20 tháng 11 năm 2026')
  })

  it('leaves blanks for a date the principal cleared to write by hand', () => {
    const { model: m } = build({ overrides: { decisionDate: 'x' } })
    expect(section(m, 'decision').header!.placeDate).toBe('An Phú, x')
  })

  it('signs with the head; the minutes with secretary and chair; recipients where the form has them', () => {
    expect(section(model, 'plan').signatures).toEqual([{ title: ['HIỆU TRƯỞNG'], name: 'Nguyễn Thị Lan' }])
    expect(section(model, 'minutes').signatures).toEqual([
      { title: ['THƯ KÝ'], name: 'Trần Văn Bình' },
      { title: ['CHỦ TRÌ'], name: 'Nguyễn Thị Lan' },
    ])
    expect(section(model, 'minutes').recipients).toBeNull()
    expect(section(model, 'report').recipients).toEqual({
      label: 'Nơi nhận:',
      lines: ['- Phòng Văn hóa – Xã hội xã An Phú (để báo cáo);', '- Lưu: VT.'],
    })
    expect(section(model, 'decision').recipients!.lines[0]).toBe('- Như Điều 3;')
    expect(section(model, 'report').subtitle).toEqual(['Kính gửi: Phòng Văn hóa – Xã hội xã An Phú.'])
  })

  it('a continuing-education centre is signed by its director', () => {
    const { model: m } = build({ school: school({ name: 'Trung tâm GDTX Bảo Lộc', kind: 'gdtx' }) })
    expect(section(m, 'decision').signatures[0]!.title).toEqual(['GIÁM ĐỐC'])
  })

  it('states the level bands in the plan', () => {
    expect(bodyText(section(model, 'plan'))).toContain(
      'Mỗi nhóm được xếp mức theo tổng điểm của nhóm: Mức 1 (Chưa đáp ứng): dưới 10 điểm; Mức 2 (Đáp ứng cơ bản): từ 10 đến 15 điểm; Mức 3 (Đáp ứng tốt): trên 15 điểm.',
    )
  })

  it('names the file in ASCII', () => {
    expect(model.fileName).toBe('ho-so-tu-danh-gia-THVT-2025-2026')
  })
})

describe('totals and levels', () => {
  it.each<{ case: string; answers: Record<string, AnswerValue>; g1: [string, string]; g2: [string, string] }>([
    {
      case: 'every row at its best',
      answers: FULL,
      g1: ['20', 'Mức 3 (Đáp ứng tốt)'],
      g2: ['18', 'Mức 3 (Đáp ứng tốt)'],
    },
    {
      case: 'band bounds as written: 15 and 10 are both level 2',
      answers: { ...FULL, '1.3': 5, '2.2.1': 0 },
      g1: ['15', 'Mức 2 (Đáp ứng cơ bản)'],
      g2: ['10', 'Mức 2 (Đáp ứng cơ bản)'],
    },
    {
      case: 'an unmet condition caps the level',
      answers: { ...FULL, '1.1': false },
      g1: ['20', 'Mức 1 (Chưa đáp ứng), do điều kiện bắt buộc chưa đạt'],
      g2: ['18', 'Mức 3 (Đáp ứng tốt)'],
    },
    {
      case: 'unanswered rows make the level provisional',
      answers: { '1.1': true, '1.2.1': 4, '2.1': true },
      g1: ['4', 'Mức 1 (Chưa đáp ứng), tạm tính, còn 3 chỉ số chưa chấm'],
      g2: ['0', 'Mức 1 (Chưa đáp ứng), tạm tính, còn 3 chỉ số chưa chấm'],
    },
  ])('$case', ({ answers, g1, g2 }) => {
    const { model } = build({ answers })
    const [t1, t2] = totalRows(model)
    expect([t1![2], t1![4]]).toEqual(g1)
    expect([t2![2], t2![4]]).toEqual(g2)
    // Group 2's known rows sum to 18 of its 20: the maximum prints as the set declares it.
    expect(t2![3]).toBe('20')
    const report = tables(section(model, 'report'))[0]!
    expect(report.rows.map((r) => [r.cells[1], r.cells[3]])).toEqual([
      [g1[0], g1[1]],
      [g2[0], g2[1]],
    ])
    expect(bodyText(section(model, 'decision'))).toContain(
      `Nhóm 1: Chuyển đổi số trong dạy, học: đạt ${g1[0]}/20 điểm, xếp ${g1[1]}.`,
    )
  })

  it('prints half points with a decimal comma', () => {
    const { model } = build({ answers: { ...FULL, '1.3': 9.5 } })
    expect(totalRows(model)[0]![2]).toBe('19,5')
  })

  it('scores an invalid answer as nothing and says so', () => {
    const { model } = build({ answers: { ...FULL, '2.3': 7 } })
    const rows = tables(section(model, 'appendix'))[0]!.rows
    expect(rows.find((r) => r.cells[0] === '2.3')!.cells[2]).toBe('Không hợp lệ')
    expect(totalRows(model)[1]![2]).toBe('12')
    expect(bodyText(section(model, 'report'))).toContain('1 câu trả lời không hợp lệ không được tính điểm.')
  })

  it('lists every row of the set with its plain code, criterion totals and criterion bands', () => {
    const { model } = build({ answers: { ...FULL, '1.2.3': 3 } })
    const rows = tables(section(model, 'appendix'))[0]!.rows
    expect(rows.map((r) => r.cells[0])).toEqual([
      'Nhóm 1', '1.1', '1.2', '1.2.1', '1.2.2', '1.2.3', '1.3', '',
      'Nhóm 2', '2.1', '2.2', '2.2.1', '2.2.2', '2.3', '',
    ])
    const c12 = rows.find((r) => r.cells[0] === '1.2')!
    expect(c12.cells.slice(2)).toEqual(['7', '10', 'Mức 2: từ 4 - 7 điểm'])
    expect(rows.find((r) => r.cells[0] === '1.2.2')!.cells.slice(2)).toEqual(['—', '—', 'Thông tin: K12Online'])
    expect(rows.find((r) => r.cells[0] === '1.1')!.cells[2]).toBe('Đạt')
    const texts = bodyText(section(model, 'appendix'))
    expect(texts).toContain('Mức độ nhóm 1: Mức 1 (Chưa đáp ứng): dưới 10 điểm; Mức 2 (Đáp ứng cơ bản): từ 10 đến 15 điểm; Mức 3 (Đáp ứng tốt): trên 15 điểm.')
  })
})

describe('unmet mandatory conditions', () => {
  const { model } = build({ answers: { ...FULL, '1.1': false, '2.1': null } })
  const unmet = 'Điều kiện bắt buộc 1.1 (Có kế hoạch dạy học trực tuyến) chưa đạt.'
  const pending = 'Điều kiện bắt buộc 2.1 (Có bộ phận phụ trách chuyển đổi số) chưa được đánh giá.'

  it.each(['minutes', 'report', 'decision', 'appendix'] as const)('are worded in the %s', (id) => {
    const texts = bodyText(section(model, id))
    expect(texts).toContain(unmet)
    expect(texts).toContain(pending)
  })

  it('come without the app rule that lowered the level when the legal text does not state it', () => {
    for (const id of ['minutes', 'report', 'appendix'] as const)
      expect(bodyText(section(model, id)).some((t) => t.includes('Quy tắc của ứng dụng'))).toBe(false)
  })

  it('say so when every condition is met', () => {
    const texts = bodyText(section(build().model, 'minutes'))
    expect(texts).toContain('Các điều kiện bắt buộc của nhóm 1: đạt.')
    expect(texts.some((t) => t.includes('chưa đạt.'))).toBe(false)
  })
})

describe('no app talk on paper', () => {
  it.each([
    { case: 'every row answered', answers: FULL },
    { case: 'an unmet condition and unanswered rows', answers: { ...FULL, '1.1': false, '2.2.1': null, '2.3': 7 } },
  ])('no document carries a provenance mark, legend or caveat ($case)', ({ answers }) => {
    const { model } = build({ answers, evidence: [photo('p1', 'MC1.2.1', 'Phòng máy', ['1.2.1'])] })
    for (const s of model.sections) {
      const text = allStrings({ ...s, fileName: '' }).join('\n')
      for (const phrase of CAVEAT_PHRASES) expect(text, `${s.id}: ${phrase}`).not.toContain(phrase)
    }
  })

  it('prints each group maximum as the set declares it, in every table', () => {
    const { model } = build()
    const g2 = (id: RecordSectionId) => tables(section(model, id)).flatMap((t) => t.rows).filter((r) => r.cells.includes('Nhóm 2') || r.cells.some((c) => c.startsWith('Nhóm 2')))
    for (const id of ['minutes', 'report', 'appendix'] as const) expect(g2(id).every((r) => r.cells.includes('20'))).toBe(true)
  })
})

describe('strengths and weaknesses', () => {
  const report = (answers: Record<string, AnswerValue>) => {
    const texts = bodyText(section(build({ answers }).model, 'report'))
    const at = (h: string) => texts.indexOf(h)
    const s = texts.slice(at('1. Điểm mạnh') + 1, at('2. Điểm yếu, hạn chế (các tiêu chí còn thiếu nhiều điểm nhất)'))
    const w = texts.slice(at('2. Điểm yếu, hạn chế (các tiêu chí còn thiếu nhiều điểm nhất)') + 1, at('III. PHƯƠNG HƯỚNG, GIẢI PHÁP'))
    return { s, w }
  }

  it.each<{ case: string; answers: Record<string, AnswerValue>; strengths: string[]; weaknesses: string[] }>([
    {
      case: 'criteria at or near their max are strengths, the largest gaps weaknesses',
      answers: { ...FULL, '1.2.3': 4, '1.3': 2, '2.2.1': 0, '2.2.2': 4, '2.3': 5 },
      strengths: [
        'Tiêu chí 2.3 (Thu phí không dùng tiền mặt): đạt 5/6 điểm.',
        'Tiêu chí 1.2 (Triển khai phần mềm dạy học): đạt 8/10 điểm.',
        'Đáp ứng đầy đủ các điều kiện bắt buộc của nhóm 1.',
        'Đáp ứng đầy đủ các điều kiện bắt buộc của nhóm 2.',
      ],
      weaknesses: [
        'Tiêu chí 1.3 (Học liệu số): đạt 2/10 điểm, còn thiếu 8 điểm.',
        'Tiêu chí 2.2 (Phần mềm quản trị): đạt 4/12 điểm, còn thiếu 8 điểm.',
      ],
    },
    {
      case: 'nothing strong, nothing met',
      answers: { '1.1': false, '1.2.1': 0, '1.2.3': 0, '1.3': 0, '2.1': true, '2.2.1': 0, '2.2.2': 0, '2.3': 0 },
      strengths: ['Đáp ứng đầy đủ các điều kiện bắt buộc của nhóm 2.'],
      weaknesses: [
        'Điều kiện bắt buộc 1.1 (Có kế hoạch dạy học trực tuyến) chưa đạt.',
        'Tiêu chí 2.2 (Phần mềm quản trị): đạt 0/12 điểm, còn thiếu 12 điểm.',
        'Tiêu chí 1.2 (Triển khai phần mềm dạy học): đạt 0/10 điểm, còn thiếu 10 điểm.',
        'Tiêu chí 1.3 (Học liệu số): đạt 0/10 điểm, còn thiếu 10 điểm.',
        'Tiêu chí 2.3 (Thu phí không dùng tiền mặt): đạt 0/6 điểm, còn thiếu 6 điểm.',
      ],
    },
    {
      case: 'everything full',
      answers: FULL,
      strengths: [
        'Tiêu chí 1.2 (Triển khai phần mềm dạy học): đạt 10/10 điểm.',
        'Tiêu chí 1.3 (Học liệu số): đạt 10/10 điểm.',
        'Tiêu chí 2.2 (Phần mềm quản trị): đạt 12/12 điểm.',
        'Tiêu chí 2.3 (Thu phí không dùng tiền mặt): đạt 6/6 điểm.',
        'Đáp ứng đầy đủ các điều kiện bắt buộc của nhóm 1.',
        'Đáp ứng đầy đủ các điều kiện bắt buộc của nhóm 2.',
      ],
      weaknesses: ['Không có tiêu chí nào còn thiếu điểm.'],
    },
  ])('$case', ({ answers, strengths, weaknesses }) => {
    const { s, w } = report(answers)
    expect(s).toEqual(strengths)
    expect(w).toEqual(weaknesses)
  })
})

describe('evidence', () => {
  const ev = [
    evidence('e1', 'MC1.3.10', { itemIds: ['1.3'] }),
    evidence('e2', 'MC2.1.1', { itemIds: ['2.1'], kind: 'paper', paper: { number: '12/QĐ-THVT', date: '2025-09-05', issuer: 'Hiệu trưởng', summary: '' } }),
    evidence('e3', 'MC1.3.2', { itemIds: ['1.3', '1.2.3', '1.2.10'] }),
    evidence('e4', 'MC1.10.1', { itemIds: ['1.2.1'], kind: 'link', url: 'https://example.edu.vn/lms' }),
    photo('p1', 'MC1.2.1', 'Phòng máy tính', ['1.2.1']),
    evidence('e5', 'MC1.3.1', { itemIds: ['1.3'], title: '<b>Học liệu</b> & <script>alert(1)</script>' }),
  ]
  const { model } = build({ evidence: ev })
  const list = tables(section(model, 'appendix'))[1]!

  it('lists evidence in natural code order with kind, rows supported and date', () => {
    expect(list.header).toEqual(['TT', 'Mã', 'Tên minh chứng', 'Loại', 'Chỉ số', 'Ngày'])
    expect(list.rows.map((r) => r.cells[1])).toEqual(['MC1.2.1', 'MC1.3.1', 'MC1.3.2', 'MC1.3.10', 'MC1.10.1', 'MC2.1.1'])
    const row = (code: string) => list.rows.find((r) => r.cells[1] === code)!.cells
    expect(row('MC1.3.2').slice(3)).toEqual(['Tệp văn bản', '1.2.3, 1.2.10, 1.3', '10/4/2026'])
    // Captured 20:30 UTC on 20/4 is 21/4 in Vietnam.
    expect(row('MC1.2.1').slice(3)).toEqual(['Ảnh chụp', '1.2.1', '21/4/2026'])
    expect(row('MC2.1.1')[2]).toBe('Minh chứng MC2.1.1\n(Số 12/QĐ-THVT, ngày 05/9/2025, Hiệu trưởng)')
    expect(row('MC2.1.1')[5]).toBe('05/9/2025')
    expect(row('MC1.10.1')[2]).toBe('Minh chứng MC1.10.1\nhttps://example.edu.vn/lms')
  })

  it('keeps markup in user text as literal text', () => {
    expect(list.rows.find((r) => r.cells[1] === 'MC1.3.1')!.cells[2]).toBe('<b>Học liệu</b> & <script>alert(1)</script>')
  })

  it('puts evidence codes beside the rows they support', () => {
    const score = tables(section(model, 'appendix'))[0]!
    expect(score.rows.find((r) => r.cells[0] === '1.3')!.cells[4]).toBe('MC1.3.1, MC1.3.2, MC1.3.10')
  })

  it('lists photos with id, code, caption and print size', () => {
    const photos = section(model, 'appendix').body.find((b) => b.kind === 'photos')
    expect(photos).toEqual({
      kind: 'photos',
      photos: [{ evidenceId: 'p1', code: 'MC1.2.1', caption: 'Phòng máy tính', size: 'small' }],
      missingText: '(Không tải được ảnh)',
    })
    expect(model.photoCount).toBe(1)
  })

  it('says so when there is no evidence and prints no photo block', () => {
    const m = build().model
    expect(bodyText(section(m, 'appendix'))).toContain('Chưa có minh chứng nào được ghi nhận.')
    expect(section(m, 'appendix').body.some((b) => b.kind === 'photos')).toBe(false)
  })
})

describe('text from users', () => {
  const nfd = (s: string) => s.normalize('NFD')

  it('comes out NFC everywhere, whatever came in decomposed', () => {
    const { model } = build({
      school: school({ name: nfd('Trường Tiểu học Văn Tràng'), headName: nfd('Đặng Thị Hương'), commune: nfd('Xã An Phú') }),
      evidence: [photo('p1', 'MC1.2.1', nfd('Máy chiếu phòng học lớp 5'), ['1.2.1'])],
      answers: { ...FULL, '1.2.2': nfd('Hệ thống học trực tuyến') },
      overrides: { proposals: nfd('- Đề nghị bổ sung máy chiếu.') },
    })
    const strings = allStrings(model)
    expect(strings.length).toBeGreaterThan(200)
    for (const s of strings) expect(s).toBe(s.normalize('NFC'))
    expect(section(model, 'decision').signatures[0]!.name).toBe('Đặng Thị Hương')
    expect(section(model, 'plan').header!.issuer).toBe('TRƯỜNG TIỂU HỌC VĂN TRÀNG')
    expect(bodyText(section(model, 'report'))).toContain('- Đề nghị bổ sung máy chiếu.')
  })

  it('drops control characters and keeps one paragraph per line of a field', () => {
    const { model } = build({ overrides: { difficulties: 'Dòng một\u0007\r\n\r\nDòng hai' } })
    const texts = bodyText(section(model, 'report'))
    const at = texts.indexOf('IV. KHÓ KHĂN, VƯỚNG MẮC')
    expect(texts.slice(at + 1, at + 3)).toEqual(['Dòng một', 'Dòng hai'])
  })

  it('is deterministic', () => {
    expect(build().model).toEqual(build().model)
  })
})
