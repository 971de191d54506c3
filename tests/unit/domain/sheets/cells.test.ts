import { describe, expect, it } from 'vitest'
import { cellAddress, cellText, columnLetter, csvField, matchKey, parseCsv, writeCsv, type Cell } from '@/domain'

describe('cell addresses', () => {
  it.each<[number, string]>([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [51, 'AZ'],
    [701, 'ZZ'],
    [702, 'AAA'],
  ])('column %i is %s', (i, letter) => {
    expect(columnLetter(i)).toBe(letter)
  })

  it('names a cell as a spreadsheet shows it', () => {
    expect(cellAddress(6, 2)).toBe('C7')
  })
})

describe('cell text and matching keys', () => {
  it.each<{ given: Cell; expected: string }>([
    { given: '  Trường   Tiểu học  ', expected: 'Trường Tiểu học' },
    { given: 'Tie\u0302\u0301u', expected: 'Tiếu' },
    { given: 12345, expected: '12345' },
    { given: Number.NaN, expected: '' },
    { given: null, expected: '' },
    { given: undefined, expected: '' },
    { given: true, expected: 'TRUE' },
  ])('cellText($given) → "$expected"', ({ given, expected }) => {
    expect(cellText(given)).toBe(expected)
  })

  it.each<[string, string]>([
    ['Tên trường', 'ten truong'],
    ['XÃ/PHƯỜNG', 'xa phuong'],
    ['Đông Hải', 'dong hai'],
    ['TH&THCS', 'th va thcs'],
    ['  Mã   trường ', 'ma truong'],
  ])('matchKey(%s) → %s', (given, expected) => {
    expect(matchKey(given)).toBe(expected)
  })
})

describe('CSV', () => {
  it.each<{ why: string; text: string; rows: string[][] }>([
    { why: 'comma separated', text: 'a,b\n1,2\n', rows: [['a', 'b'], ['1', '2']] },
    { why: 'semicolon separated (Excel in Vietnamese locales)', text: 'a;b\r\n1;2', rows: [['a', 'b'], ['1', '2']] },
    { why: 'tab separated', text: 'a\tb\n1\t2', rows: [['a', 'b'], ['1', '2']] },
    { why: 'a byte-order mark dropped', text: '\ufeffTên trường,Mã\nA,1', rows: [['Tên trường', 'Mã'], ['A', '1']] },
    { why: 'quoted separators, quotes and line breaks', text: '"x, y","say ""hi""","two\nlines"\n', rows: [['x, y', 'say "hi"', 'two\nlines']] },
    { why: 'empty fields kept', text: 'a,,c\n,,', rows: [['a', '', 'c'], ['', '', '']] },
    { why: 'the separator of the first line, not of a quoted header', text: '"a;b",c\n1,2', rows: [['a;b', 'c'], ['1', '2']] },
  ])('$why', ({ text, rows }) => {
    expect(parseCsv(text)).toEqual({ ok: true, rows })
  })

  it('refuses a quote never closed, naming the line it opened on', () => {
    expect(parseCsv('a,b\n1,"2\n3,4')).toEqual({ ok: false, line: 2, detail: 'a quoted field is never closed' })
  })

  it.each<[string | number | boolean | null, string]>([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['a;b', '"a;b"'],
    ['say "hi"', '"say ""hi"""'],
    [' lead', '" lead"'],
    [40.5, '40.5'],
    ['=SUM(A1:A9)', `"'=SUM(A1:A9)"`],
    ['@cmd', `"'@cmd"`],
    [-5, '-5'],
    [null, ''],
  ])('csvField(%s) → %s', (given, expected) => {
    expect(csvField(given)).toBe(expected)
  })

  it('writes what Excel opens as UTF-8 and reads back the same', () => {
    const rows = [['Tên trường', 'Điểm'], ['Trường "Hoa Sen", cơ sở 2', 40.5]]
    const text = writeCsv(rows)
    expect(text.startsWith('\ufeff')).toBe(true)
    expect(text.endsWith('\r\n')).toBe(true)
    expect(parseCsv(text)).toEqual({ ok: true, rows: rows.map((r) => r.map(String)) })
  })
})
