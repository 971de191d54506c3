import { describe, expect, it } from 'vitest'
import { normalizeLink, prefersLink } from '@/domain'

describe('normalizeLink: an address typed without its scheme', () => {
  it.each([
    ['k12online.vn/lop', 'https://k12online.vn/lop'],
    ['  drive.google.com  ', 'https://drive.google.com'],
    ['http://truong.edu.vn', 'http://truong.edu.vn'],
    ['javascript:alert(1)', 'javascript:alert(1)'],
    ['not a link', 'not a link'],
    ['', ''],
  ])('%j → %j', (typed, kept) => {
    expect(normalizeLink(typed)).toBe(kept)
  })
})

describe('prefersLink: the "Liên kết ngoài" rule', () => {
  it.each([
    ['a note asking for external links', [{ vi: 'Liên kết ngoài: cổng thông tin của trường' }], true],
    ['the words in another case, decomposed', [{ vi: 'LIÊN KẾT NGOÀI'.normalize('NFD') }], true],
    ['on the row, not the criterion', [undefined, { vi: 'Minh chứng: liên kết ngoài' }], true],
    ['a note about papers', [{ vi: 'Kế hoạch, biên bản' }], false],
    ['no note at all', [undefined, undefined], false],
    ['only the English says so', [{ vi: 'Kế hoạch', en: 'External links' }], false],
  ])('%s', (_why, notes, expected) => {
    expect(prefersLink(...notes)).toBe(expected)
  })
})
