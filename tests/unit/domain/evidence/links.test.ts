import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { isWebLink, normalizeLink, prefersLink } from '@/domain'

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

describe('isWebLink: links judged as browsers parse them', () => {
  const browserScheme = (s: string) => {
    try {
      return new URL(s).protocol
    } catch {
      return 'invalid'
    }
  }

  it.each([
    ['https://k12online.vn/lop', true],
    ['http://truong.edu.vn/', true],
    ['https://xn--trng-nra.vn/t%C3%A0i-li%E1%BB%87u?x=1#a', true],
    ['javascript:alert(1)', false],
    ['\u0001javascript:alert(1)', false],
    [' https://k12online.vn', false],
    ['java\tscript:alert(1)', false],
    ['https://k12online.vn/\nx', false],
    ['jav\u0000ascript:alert(1)', false],
    ['JAVASCRIPT:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['vbscript:msgbox(1)', false],
    ['https:\\\\evil.example', false],
    ['https:evil.example', false],
    ['//evil.example', false],
    ['ftp://files.example', false],
    ['https:///path-only', false],
  ])('%j → %s', (s, ok) => {
    expect(isWebLink(s)).toBe(ok)
    if (ok) expect(['http:', 'https:']).toContain(browserScheme(s))
  })

  it('accepts every link the app stores (a browser-written href of an http(s) address)', () => {
    fc.assert(
      fc.property(fc.webUrl({ withFragments: true, withQueryParameters: true }), (typed) => {
        const href = new URL(typed).href
        expect(isWebLink(href)).toBe(true)
      }),
      { numRuns: 300 },
    )
  })

  it('never accepts a string a browser would read with another scheme (invalid ones are shown as text)', () => {
    const noise = fc.constantFrom('\u0000', '\u0001', '\t', '\n', '\r', ' ', '\u001f', '\u007f', 'j', 'a', 'v', 's', 'c', 'r', 'i', 'p', 't', ':', '/', 'h', 'p', 'e', '\\', '.', 'x')
    fc.assert(
      fc.property(fc.array(noise, { maxLength: 30 }).map((a) => a.join('')), fc.constantFrom('', 'https://', 'http://', 'javascript:', 'java\tscript:'), (tail, head) => {
        const s = head + tail
        if (isWebLink(s)) expect(['http:', 'https:', 'invalid']).toContain(browserScheme(s))
      }),
      { numRuns: 2000 },
    )
  })
})
