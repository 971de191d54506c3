import { describe, expect, it } from 'vitest'
import { criteriaSetToWorkbook, SET_SHEETS, workbookToCriteriaSet, type CriteriaSet } from '@/domain'
import { tinySet } from '../../../builders/criteriaSet'
import { everyCriterion, levelSet } from '../../../builders/levelSet'
import { badLevelBooks, badPointsBooks, levelBook, levelFixtureSet, pointsBook as book, put, rowsOf, type BadBook } from '../../../fixtures/setWorkbooks'

const R = SET_SHEETS.rows
const B = SET_SHEETS.bands
const ID = SET_SHEETS.identity
const Q = SET_SHEETS.levelRule

const refuses = (start: () => ReturnType<typeof book>) => ({ edit, code, sheet, cell }: BadBook) => {
  const result = workbookToCriteriaSet(edit(start()))
  expect(result.ok).toBe(false)
  if (result.ok) return
  expect(result.errors).toContainEqual(expect.objectContaining({ code, cell: expect.objectContaining({ sheet, cell }) }))
  for (const e of result.errors) expect(e.detail.length).toBeGreaterThan(0)
}

describe('a criteria set written as a spreadsheet', () => {
  it('reads back exactly the set it was written from', () => {
    const set = tinySet({ sources: [{ id: 'S1', title: 'Văn bản', url: 'https://example.org/a', weight: 'chính thức' }], rankBy: 'points', example: true, evidenceCodes: '[Hn-a.b-nn]' })
    set.groups[0]!.sources = ['S1']
    const back = workbookToCriteriaSet(criteriaSetToWorkbook(set))
    expect(back.ok ? back.value : back.errors).toStrictEqual(set)
  })

  it('keeps line breaks inside a text cell and both languages', () => {
    const set = tinySet()
    set.groups[0]!.criteria[1]!.items[0]!.guidance = { vi: 'Dòng một\nDòng hai', en: 'Line one\nLine two' }
    const back = workbookToCriteriaSet(criteriaSetToWorkbook(set))
    expect(back.ok && back.value.groups[0]!.criteria[1]!.items[0]!.guidance).toEqual({ vi: 'Dòng một\nDòng hai', en: 'Line one\nLine two' })
  })

  it.each(badPointsBooks)('refuses $name, naming $sheet $cell', refuses(book))

  it('names the column a wrong value sits in and the words it may hold', () => {
    const result = workbookToCriteriaSet(put(book(), R, 'J2', 'Tin đồn'))
    expect(!result.ok && result.errors[0]).toMatchObject({
      cell: { sheet: R, cell: 'J2', column: 'Độ tin cậy' },
      params: { expected: 'Chính thức, Bản dịch, Không chính thức, Suy luận' },
    })
  })

  it('reads what a person types: words without accents, numbers as text, decimal commas, numeric codes, dates as dd/mm/yyyy', () => {
    const b = book()
    put(b, R, 'E6', 'diem') // Điểm
    put(b, R, 'D6', '40')
    put(b, R, 'I7', '0,5')
    put(b, R, 'J2', 'chinh thuc')
    put(b, ID, 'B7', '2/1/2024')
    put(b, ID, 'B10', 'tieu hoc; THCS')
    rowsOf(b, R).splice(5, 0, [null, null], [])
    const result = workbookToCriteriaSet(b)
    expect(result.ok ? [] : result.errors).toEqual([])
    if (!result.ok) return
    expect(result.value.legalBasis.date).toBe('2024-01-02')
    expect(result.value.schoolKinds).toEqual(['tieu-hoc', 'thcs'])
    expect(result.value.groups[0]!.criteria[1]!.items[1]).toMatchObject({ kind: 'points', step: 0.5 })
  })

  it('reads a code Excel turned into a number as that number', () => {
    const set: CriteriaSet = tinySet()
    const b = criteriaSetToWorkbook(set)
    put(b, R, 'B5', 2.5)
    put(b, B, 'B5', 2.5)
    put(b, B, 'B6', 2.5)
    put(b, B, 'B7', 2.5)
    const result = workbookToCriteriaSet(b)
    expect(result.ok && result.value.groups[0]!.criteria[1]!.id).toBe('2.5')
  })

  it('ignores sheets it does not know, such as the instructions', () => {
    const b = book()
    b.push({ name: 'Ghi chú của Phòng', rows: [['bất cứ gì']] })
    expect(workbookToCriteriaSet(b).ok).toBe(true)
  })
})

describe('a set rated by indicators and levels written as a spreadsheet', () => {
  it.each([
    ['with a standard rule, mandatory criteria and narratives', levelFixtureSet()],
    ['rating only criteria and the school (no standard rule)', levelSet({ standards: { A: [['A.1', [1]]], B: [['B.1', [2, 1, 1]]] }, levels: 3, standard: null })],
    [
      'with every narrative part and a rule note in both languages',
      levelSet({
        standards: { '1': [['1.1*', [1, 1]], ['1.2', [1, 1]], ['1.3', [1, 1]]] },
        narratives: ['current-state', 'strengths', 'weaknesses', 'improvement', 'improvement-who', 'improvement-when'],
        standard: { ...everyCriterion(2), note: { vi: 'Tiêu chuẩn đạt mức k khi mọi tiêu chí đạt mức k.', en: 'Level k when every criterion is.' } },
      }),
    ],
  ])('reads back exactly the set it was written from: %s', (_, set) => {
    const back = workbookToCriteriaSet(criteriaSetToWorkbook(set))
    expect(back.ok ? back.value : back.errors).toStrictEqual(set)
  })

  it('writes indicators, narratives and the rule in the author’s words', () => {
    const b = levelBook()
    expect(rowsOf(b, R)[3]!.slice(0, 8)).toEqual(['Chỉ số', '1.1-1a', expect.any(String), null, 'Chỉ báo', 1, null, null])
    expect(rowsOf(b, R)[2]![7]).toBe('Có')
    expect(rowsOf(b, R)[6]![6]).toBe('Mô tả hiện trạng')
    expect(rowsOf(b, Q).slice(1)).toEqual([
      ['Tên mức', 1, 'Mức 1', 'Level 1', null, null, null],
      ['Tên mức', 2, 'Mức 2', 'Level 2', null, null, null],
      ['Tiêu chuẩn', 1, null, null, 'Tất cả', 1, null],
      ['Tiêu chuẩn', 2, null, null, 'Tất cả', 2, null],
      ['Nhà trường', 1, null, null, 'Bắt buộc', 1, null],
      ['Nhà trường', 1, null, null, 'Còn lại', 1, 1],
      ['Nhà trường', 2, null, null, 'Tất cả', 2, null],
    ])
  })

  it('reads the rule typed by hand: words without accents, a level given only on the first row of a step', () => {
    const b = levelBook()
    put(b, Q, 'A6', 'nha truong')
    put(b, Q, 'B7', null)
    put(b, Q, 'E7', 'khong bat buoc')
    put(b, R, 'E4', 'chi bao')
    const result = workbookToCriteriaSet(b)
    expect(result.ok ? result.value : result.errors).toStrictEqual(levelFixtureSet())
  })

  it('does without the bands sheet, which a set rated by levels does not use', () => {
    const result = workbookToCriteriaSet(levelBook().filter((s) => s.name !== B))
    expect(result.ok ? result.value : result.errors).toStrictEqual(levelFixtureSet())
  })

  it('reads a points set whose workbook has an empty level-rule sheet, or none, as a set without levels', () => {
    expect(workbookToCriteriaSet(book()).ok && workbookToCriteriaSet(book().filter((s) => s.name !== Q))).toMatchObject({ ok: true, value: tinySet() })
  })

  it.each(badLevelBooks)('refuses $name, naming $sheet $cell', refuses(levelBook))

  it('refuses a level-rule note in English with no Vietnamese, at the note’s cell', () => {
    const result = workbookToCriteriaSet(put(put(levelBook(), ID, 'B21', null), ID, 'C21', 'Only English'))
    expect(!result.ok && result.errors).toContainEqual(expect.objectContaining({ code: 'missing-field', cell: expect.objectContaining({ sheet: ID, cell: 'B21' }) }))
  })
})
