import { describe, expect, it } from 'vitest'
import {
  classCounts,
  defaultNoticeFields,
  draftUnitBands,
  measureMax,
  noticeNumber,
  rankByKind,
  rankingNotice,
  rankingPage,
  rankingWorkbook,
  scoreAssessment,
  schoolPosition,
  setClassification,
  type AgreedResult,
  type AnswerValues,
  type Classification,
  type PublishedSchool,
  type RankedSchool,
  type RankingEntry,
  type SchoolKind,
} from '@/domain'
import { band, tinySet } from '../../../builders/criteriaSet'

const set = tinySet({ schoolKinds: ['tieu-hoc', 'thcs'] })
const school = (name: string, kind: SchoolKind = 'tieu-hoc', code = ''): PublishedSchool => ({ name, kind, code, commune: 'Xã An Phú' })
const result = (answers: AnswerValues, source: 'reviewed' | 'self-assessed' = 'reviewed', status: 'accepted' | 'submitted' | 'returned' = 'accepted'): AgreedResult => {
  const score = scoreAssessment(set, answers)
  return { source, status, sha256: 'x', score, selfScore: score }
}
const none: AgreedResult = { source: 'none', status: 'not-submitted' }
const full = { A1: true, 'A2.1': 40, 'A2.2': 50, B1: true, 'B2.2': 60 }

const entries: RankingEntry<PublishedSchool>[] = [
  { school: school('Trường Tiểu học Bình', 'tieu-hoc', 'TH02'), result: result({ ...full, 'B2.2': 30 }) },
  { school: school('Trường Tiểu học An', 'tieu-hoc', 'TH01'), result: result(full, 'self-assessed', 'submitted') },
  { school: school('Trường Tiểu học Chưa', 'tieu-hoc'), result: none },
  { school: school('Trường THCS Đông', 'thcs', 'THCS1'), result: result(full) },
  { school: school('Trường THCS Đá', 'thcs'), result: result(full, 'self-assessed', 'returned') },
]
const tables = rankByKind(entries, 'levels-then-points', set.schoolKinds)
const unitRule: Classification = { source: 'unit', bands: [{ label: 'Tốt', min: 150, minInclusive: true }, { label: 'Khá', min: 0, minInclusive: true }] }

describe('rankingWorkbook', () => {
  const sheets = rankingWorkbook({ set, by: 'levels-then-points', tables, classification: unitRule })

  it('has a sheet per school kind, the overall one, the matrix and the list of chỉ số', () => {
    expect(sheets.map((s) => s.name)).toEqual(['Tiểu học', 'THCS', 'Toàn đơn vị', 'Ma trận chỉ số', 'Danh mục chỉ số'])
  })

  it('writes ranks and points as numbers, the source and the standing in words, non-submitters last', () => {
    const th = sheets[0]!
    expect(th.header).toEqual(['Hạng', 'Tên trường', 'Mã trường', 'Xã, phường', 'Nhóm A: điểm', 'Nhóm A: mức', 'Nhóm B: điểm', 'Nhóm B: mức', 'Tổng điểm', 'Xếp loại thi đua', 'Căn cứ kết quả', 'Ghi chú'])
    expect(th.rows).toEqual([
      [1, 'Trường Tiểu học An', 'TH01', 'Xã An Phú', 90, 3, 60, 2, 150, 'Tốt', 'Tự đánh giá', null],
      [2, 'Trường Tiểu học Bình', 'TH02', 'Xã An Phú', 90, 3, 30, 1, 120, 'Khá', 'Kết quả thẩm định', null],
      [null, 'Trường Tiểu học Chưa', null, 'Xã An Phú', null, null, null, null, null, null, null, 'Chưa nộp'],
    ])
    expect(th.widths).toHaveLength(th.header.length)
  })

  it('marks a returned school and a shared rank', () => {
    const all = sheets[2]!
    const noteOf = (name: string) => all.rows.find((r) => r[1] === name)?.at(-1)
    expect(noteOf('Trường THCS Đá')).toBe('Trả lại, chưa nộp lại')
    expect(noteOf('Trường THCS Đông')).toBe('Đồng hạng')
    expect(noteOf('Trường Tiểu học An')).toBe('Đồng hạng')
    expect(all.rows.map((r) => r[0])).toEqual([1, 1, 3, null, null])
  })

  it('matrix: every school × every chỉ số except facts; a condition counts 1 or 0', () => {
    const m = sheets[3]!
    expect(m.header).toEqual(['Hạng', 'Tên trường', 'Mã trường', 'Loại hình', 'A1', 'A2.1', 'A2.2', 'B1', 'B2.2'])
    expect(m.rows[0]).toEqual([1, 'Trường THCS Đông', 'THCS1', 'THCS', 1, 40, 50, 1, 60])
    expect(m.rows.at(-1)).toEqual([null, 'Trường Tiểu học Chưa', null, 'Tiểu học', null, null, null, null, null])
  })

  it.each([
    ['points', ['Tổng điểm']],
    ['rows-met', ['Số tiêu chí đạt', 'Tổng số tiêu chí']],
  ] as const)('%s: its result columns', (by, cols) => {
    const s = rankingWorkbook({ set, by, tables: rankByKind(entries, by, set.schoolKinds), classification: null })[0]!
    expect(s.header.slice(4, -2)).toEqual(cols)
  })
})

describe('classification of a set and of a unit', () => {
  it('an emulation set of one banded group classifies by its bands', () => {
    const s = tinySet({
      groups: [{ ...tinySet().groups[0]!, bands: [{ ...band(1, 0, true, 50, false), label: { vi: 'Yếu' } }, { ...band(2, 50, true, 100, true), label: { vi: 'Khá' } }] }],
    })
    expect(setClassification(s)).toEqual({ source: 'set', bands: [{ label: 'Yếu', min: 0, minInclusive: true }, { label: 'Khá', min: 50, minInclusive: true }] })
    expect(setClassification(set)).toBeNull()
  })

  it('a unit draft has the five classes, highest first, within the scale', () => {
    const d = draftUnitBands(200)
    expect(d.map((b) => b.label)).toEqual(['Xuất sắc', 'Tốt', 'Khá', 'Trung bình', 'Yếu'])
    expect(d.map((b) => b.min)).toEqual([180, 160, 130, 100, 0])
  })

  it.each([
    ['levels-then-points', 200],
    ['points', 200],
    ['rows-met', 2],
  ] as const)('the scale under %s tops at %d', (by, max) => expect(measureMax(set, by)).toBe(max))
})

describe('schoolPosition', () => {
  const all = tables.at(-1)!.rows
  it('gives the rank among ranked schools, the district figures and the bins', () => {
    const row = all.find((r) => r.school.name === 'Trường Tiểu học Bình')!
    const p = schoolPosition(all, row, 200, 4)!
    expect(p).toMatchObject({ rank: 3, of: 3, value: 120, min: 120, median: 150, max: 150, above: 2 })
    expect(p.bins.map((b) => [b.from, b.count, b.own])).toEqual([
      [0, 0, false],
      [50, 0, false],
      [100, 1, true],
      [150, 2, false],
    ])
  })
  it('is null for a school without a rank', () => {
    expect(schoolPosition(all, all.at(-1)!, 200)).toBeNull()
  })
})

describe('rankingNotice', () => {
  const fields = { ...defaultNoticeFields({ set, schoolYear: '2025-2026', unit: { name: 'Phòng Văn hóa – Xã hội xã An Phú', headName: 'Lê Văn Tâm' } }), number: '5/TB-VHXH', place: 'An Phú', date: '2026-06-15', governingBody: 'UBND xã An Phú' }
  const model = rankingNotice({ set, by: 'levels-then-points', tables, classification: unitRule, schoolYear: '2025-2026', unit: { name: 'Phòng Văn hóa – Xã hội xã An Phú', headName: 'Lê Văn Tâm' }, fields })
  const section = model.sections[0]!
  const texts = JSON.stringify(model)

  it('is a notice in administrative form: header, number with a leading zero, title, signer, recipients', () => {
    expect(section.header).toMatchObject({ governingBody: 'UBND XÃ AN PHÚ', issuer: 'PHÒNG VĂN HÓA – XÃ HỘI XÃ AN PHÚ', number: 'Số: 05/TB-VHXH', placeDate: 'An Phú, ngày 15 tháng 6 năm 2026' })
    expect(section.title).toBe('THÔNG BÁO')
    expect(section.summary).toBe('Kết quả bộ tiêu chí thử năm học 2025-2026')
    expect(section.signatures).toEqual([{ title: ['TRƯỞNG PHÒNG'], name: 'Lê Văn Tâm' }])
    expect(section.recipients?.lines).toEqual(['- Các cơ sở giáo dục trên địa bàn;', '- Lưu: VT.'])
  })

  it('has a table per school kind, in ranking order, non-submitters last and marked', () => {
    const tablesOut = section.body.filter((b) => b.kind === 'table')
    expect(tablesOut).toHaveLength(3)
    const th = tablesOut[0]!
    expect(th.kind === 'table' && th.rows.map((r) => [r.cells[0], r.cells[1], r.cells.at(-1)])).toEqual([
      ['1', 'Trường Tiểu học An', 'Tự đánh giá'],
      ['2', 'Trường Tiểu học Bình', ''],
      ['', 'Trường Tiểu học Chưa', 'Chưa nộp'],
    ])
    expect(texts).toContain('theo quy định của Phòng Văn hóa – Xã hội xã An Phú')
  })

  it('says nothing about the app', () => {
    expect(texts).not.toMatch(/ứng dụng|chiso|app/i)
  })

  it.each([
    ['', 'Số:        /TB-'],
    ['5/TB-X', 'Số: 05/TB-X'],
    ['12/TB-X', 'Số: 12/TB-X'],
  ])('noticeNumber(%j) → %j', (n, out) => expect(noticeNumber(n)).toBe(out))
})

describe('classCounts: how many schools reach each class', () => {
  const row = (measure: number | null): RankedSchool<PublishedSchool> => ({
    school: school(`Trường ${measure}`),
    rank: measure === null ? null : 1,
    tied: false,
    unranked: measure === null ? 'not-submitted' : null,
    source: measure === null ? null : 'reviewed',
    key: [],
    rowsMet: null,
    measure,
    score: null,
  })
  it.each<{ why: string; measures: (number | null)[]; rule: Classification | null; want: [string, number][] }>([
    { why: 'each school in the class its total reaches', measures: [200, 150, 149.5, 0], rule: unitRule, want: [['Tốt', 2], ['Khá', 2]] },
    { why: 'schools without a result counted nowhere', measures: [160, null, null], rule: unitRule, want: [['Tốt', 1]] },
    { why: 'a class no school reaches absent', measures: [10, 20], rule: unitRule, want: [['Khá', 2]] },
    { why: 'nothing without a rule', measures: [200, 10], rule: null, want: [] },
    { why: 'nothing without schools', measures: [], rule: unitRule, want: [] },
  ])('$why', ({ measures, rule, want }) => {
    expect([...classCounts(measures.map(row), rule)].sort()).toEqual([...want].sort())
  })
})

describe('rankingPage', () => {
  const hostile = [...entries, { school: school('<script>alert(1)</script> & "Trường"', 'thcs'), result: result(full) }]
  const model = rankingNotice({
    set,
    by: 'levels-then-points',
    tables: rankByKind(hostile, 'levels-then-points', set.schoolKinds),
    classification: null,
    schoolYear: '2025-2026',
    unit: { name: 'Phòng Văn hóa – Xã hội xã An Phú', headName: 'Lê Văn Tâm' },
    fields: defaultNoticeFields({ set, schoolYear: '2025-2026', unit: { name: 'Phòng Văn hóa – Xã hội xã An Phú', headName: 'Lê Văn Tâm' } }),
  })
  const html = rankingPage(model)

  it('is one page with no script and nothing fetched', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true)
    expect(html).not.toMatch(/<script|src=|href=|@import|url\(/i)
  })

  it('prints school names as text', () => {
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Trường&quot;')
  })

  it('lists the schools in ranking order per kind, and draws the level counts', () => {
    const at = ['Trường Tiểu học An', 'Trường Tiểu học Bình', 'Trường Tiểu học Chưa'].map((n) => html.indexOf(`>${n}<`))
    expect(at.every((x) => x > 0)).toBe(true)
    expect([...at].sort((a, b) => a - b)).toEqual(at)
    expect(html).toContain('<svg')
    expect(html).toContain('PHÒNG VĂN HÓA – XÃ HỘI XÃ AN PHÚ')
  })

  /** Each row of the page's tables: its row-header text (or null) and its data cells. */
  const pageRows = [...html.matchAll(/<tr class="(\w+)">(.*?)<\/tr>/g)].map(([, kind, cells]) => ({
    kind,
    head: /<th scope="row">([^<]*)<\/th>/.exec(cells ?? '')?.[1] ?? null,
    cells: [...(cells ?? '').matchAll(/<t[hd][^>]*>([^<]*)<\/t[hd]>/g)].map((m) => m[1]),
  }))

  it.each([
    { why: 'a school in its ranking table', first: 'Trường Tiểu học An', head: 'Trường Tiểu học An' },
    { why: 'a kind of school in the level table', first: 'Tiểu học', head: 'Tiểu học' },
    { why: 'the whole unit in the level table', first: 'Toàn đơn vị', head: 'Toàn đơn vị' },
  ])('heads the row of $why with the cell that names it', ({ first, head }) => {
    const row = pageRows.find((r) => r.cells.includes(first) && r.kind !== 'group')
    expect(row?.head).toBe(head)
  })

  it('never heads a row with a count, a rank or a group title', () => {
    const heads = pageRows.flatMap((r) => (r.head === null ? [] : [r.head]))
    expect(heads.length).toBeGreaterThan(0)
    expect(heads.filter((h) => /^\d*$/.test(h))).toEqual([])
    expect(pageRows.filter((r) => r.kind === 'group' && r.head !== null)).toEqual([])
  })
})
