import { describe, expect, it } from 'vitest'
import {
  criteriaSetToWorkbook,
  SET_SHEETS,
  workbookToCriteriaSet,
  type Cell,
  type CriteriaSet,
  type CriteriaSetErrorCode,
  type Workbook,
} from '@/domain'
import { tinySet } from '../../../builders/criteriaSet'

/** Column letter and 1-based row → the cell in a sheet's rows. */
function put(book: Workbook, sheet: string, address: string, value: Cell): Workbook {
  const s = book.find((x) => x.name === sheet)
  if (!s) throw new Error(`no sheet ${sheet}`)
  const m = /^([A-Z]+)(\d+)$/.exec(address)!
  const col = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1
  const row = Number(m[2]) - 1
  while (s.rows.length <= row) s.rows.push([])
  const r = s.rows[row]!
  while (r.length <= col) r.push(null)
  r[col] = value
  return book
}

const book = () => criteriaSetToWorkbook(tinySet())
const rowsOf = (b: Workbook, sheet: string) => b.find((s) => s.name === sheet)!.rows

/**
 * The tiny set written out. Sheet "Chỉ số": row 2 group A, 3 criterion A1, 4 its condition, 5 criterion A2,
 * 6 A2.1, 7 A2.2, 8 group B, 9 criterion B1, 10 its condition, 11 criterion B2, 12 info B2.1, 13 B2.2.
 * Columns A Cấp, B Mã, C Nội dung, D Điểm tối đa, E Loại, F Bước điểm, G Độ tin cậy, O Nguồn.
 * Sheet "Mức": rows 2–4 group A, 5–7 criterion A2, 8–10 group B; A Thuộc, B Mã, C Mức, E Từ, F Tính cả
 * điểm “từ”, G Đến. Sheet "Bộ tiêu chí": B3 version, B7 date, B10 school kinds.
 */
const R = SET_SHEETS.rows
const B = SET_SHEETS.bands
const ID = SET_SHEETS.identity

const badBooks: { name: string; edit: (b: Workbook) => Workbook; code: CriteriaSetErrorCode; sheet: string; cell: string }[] = [
  { name: 'a maximum written in words', edit: (b) => put(b, R, 'D6', 'mười'), code: 'wrong-type', sheet: R, cell: 'D6' },
  { name: 'a negative maximum', edit: (b) => put(b, R, 'D6', -5), code: 'invalid-value', sheet: R, cell: 'D6' },
  { name: 'a chỉ số code used twice', edit: (b) => put(b, R, 'B7', 'A2.1'), code: 'duplicate-id', sheet: R, cell: 'B7' },
  { name: 'a row level that does not exist', edit: (b) => put(b, R, 'A5', 'Tiêu chuẩn'), code: 'invalid-value', sheet: R, cell: 'A5' },
  { name: 'an unknown chỉ số kind', edit: (b) => put(b, R, 'E6', 'Sao'), code: 'unknown-kind', sheet: R, cell: 'E6' },
  { name: 'an unknown provenance word', edit: (b) => put(b, R, 'G2', 'Tin đồn'), code: 'invalid-value', sheet: R, cell: 'G2' },
  { name: 'a group without its title', edit: (b) => put(b, R, 'C8', null), code: 'missing-field', sheet: R, cell: 'C8' },
  { name: 'a criterion before any group', edit: (b) => put(b, R, 'A2', 'Tiêu chí'), code: 'row-order', sheet: R, cell: 'A2' },
  { name: 'points on a condition row', edit: (b) => put(b, R, 'D4', 5), code: 'cell-not-used', sheet: R, cell: 'D4' },
  { name: 'a column the template does not have', edit: (b) => put(b, R, 'W1', 'Điểm thưởng'), code: 'unknown-column', sheet: R, cell: 'W1' },
  { name: 'the Mã column renamed', edit: (b) => put(b, R, 'B1', null), code: 'column-missing', sheet: R, cell: '' },
  { name: 'chỉ số above their criterion', edit: (b) => put(b, R, 'D5', 50), code: 'items-exceed-criterion', sheet: R, cell: 'D5' },
  { name: 'criteria above their group', edit: (b) => put(b, R, 'D13', 101), code: 'criteria-exceed-group', sheet: R, cell: 'D8' },
  { name: 'a half point on a whole-point row', edit: (b) => put(b, R, 'D13', 89.5), code: 'max-not-a-step', sheet: R, cell: 'D13' },
  { name: 'a source the set does not list', edit: (b) => put(b, R, 'O2', 'S9'), code: 'unknown-source', sheet: R, cell: 'O2' },
  { name: 'a version that is not x.y.z', edit: (b) => put(b, ID, 'B3', 'v1'), code: 'invalid-value', sheet: ID, cell: 'B3' },
  { name: 'a date that is not in the calendar', edit: (b) => put(b, ID, 'B7', '31/02/2022'), code: 'invalid-value', sheet: ID, cell: 'B7' },
  { name: 'an unknown school kind', edit: (b) => put(b, ID, 'B10', 'Tiểu học, Đại học'), code: 'invalid-value', sheet: ID, cell: 'B10' },
  { name: 'a field the template does not have', edit: (b) => put(put(b, ID, 'A40', 'Ngày hiệu lực'), ID, 'B40', '20/11/2020'), code: 'unknown-label', sheet: ID, cell: 'A40' },
  { name: 'bands that stop short of the maximum', edit: (b) => put(b, B, 'G4', 90), code: 'band-coverage', sheet: B, cell: 'G4' },
  { name: 'bands with a gap', edit: (b) => put(b, B, 'F3', 'Không'), code: 'band-gap', sheet: B, cell: 'E3' },
  { name: 'a band of a group that does not exist', edit: (b) => put(b, B, 'B5', 'Z9'), code: 'band-owner', sheet: B, cell: 'B5' },
  { name: 'an inclusive flag that is neither yes nor no', edit: (b) => put(b, B, 'F2', 'có lẽ'), code: 'wrong-type', sheet: B, cell: 'F2' },
  { name: 'a band level written in words', edit: (b) => put(b, B, 'C3', 'hai'), code: 'wrong-type', sheet: B, cell: 'C3' },
  {
    name: 'no Mức sheet',
    edit: (b) => b.filter((s) => s.name !== B),
    code: 'sheet-missing',
    sheet: B,
    cell: '',
  },
  {
    name: 'a group left without criteria',
    edit: (b) => {
      rowsOf(b, R).splice(8)
      return b
    },
    code: 'invalid-value',
    sheet: R,
    cell: 'A8',
  },
]

describe('a criteria set written as a spreadsheet', () => {
  it('reads back exactly the set it was written from', () => {
    const set = tinySet({ sources: [{ id: 'S1', title: 'Văn bản', url: 'https://example.org/a', weight: 'chính thức' }], rankBy: 'points', example: true })
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

  it.each(badBooks)('refuses $name, naming $sheet $cell', ({ edit, code, sheet, cell }) => {
    const result = workbookToCriteriaSet(edit(book()))
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors).toContainEqual(expect.objectContaining({ code, cell: expect.objectContaining({ sheet, cell }) }))
    for (const e of result.errors) expect(e.detail.length).toBeGreaterThan(0)
  })

  it('names the column a wrong value sits in and the words it may hold', () => {
    const result = workbookToCriteriaSet(put(book(), R, 'G2', 'Tin đồn'))
    expect(!result.ok && result.errors[0]).toMatchObject({
      cell: { sheet: R, cell: 'G2', column: 'Độ tin cậy' },
      params: { expected: 'Chính thức, Bản dịch, Không chính thức, Suy luận' },
    })
  })

  it('reads what a person types: words without accents, numbers as text, decimal commas, numeric codes, dates as dd/mm/yyyy', () => {
    const b = book()
    put(b, R, 'E6', 'diem') // Điểm
    put(b, R, 'D6', '40')
    put(b, R, 'F7', '0,5')
    put(b, R, 'G2', 'chinh thuc')
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
