import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { canonicalJson, fingerprint, matchesFingerprint, type CanonicalValue } from '@/domain'
import { sha256 } from '../../../builders/submission'

describe('canonical content', () => {
  it.each<{ why: string; given: CanonicalValue; expected: string }>([
    { why: 'keys sorted, no spaces', given: { b: 1, a: 2 }, expected: '{"a":2,"b":1}' },
    { why: 'nested objects sorted too', given: { z: { y: 1, x: [3, { d: 0, c: 1 }] } }, expected: '{"z":{"x":[3,{"c":1,"d":0}],"y":1}}' },
    { why: 'keys by UTF-16 code units (upper case before lower, digits first)', given: { b: 1, B: 2, '1': 3, é: 4 }, expected: '{"1":3,"B":2,"b":1,"é":4}' },
    { why: 'array order kept', given: [3, 1, 2], expected: '[3,1,2]' },
    { why: 'members that are undefined left out', given: { a: undefined, b: null }, expected: '{"b":null}' },
    { why: 'a whole number without a point', given: 5.0, expected: '5' },
    { why: 'half points', given: 0.5, expected: '0.5' },
    { why: 'minus zero as zero', given: -0, expected: '0' },
    { why: 'large numbers in exponent form', given: 1e21, expected: '1e+21' },
    { why: 'small numbers in exponent form', given: 1e-7, expected: '1e-7' },
    { why: 'the shortest form that reads back', given: 0.1 + 0.2, expected: '0.30000000000000004' },
    { why: 'quotes, backslashes and control characters escaped', given: 'a"b\\c\n\u0001', expected: '"a\\"b\\\\c\\n\\u0001"' },
    { why: 'Vietnamese kept as characters', given: 'Trường Tiểu học', expected: '"Trường Tiểu học"' },
    { why: 'decomposed Vietnamese (NFD) written in NFC', given: 'Tiê\u0301u ho\u0323c', expected: '"Tiếu học"' },
    { why: 'keys in NFC too', given: { 'Tru\u031bo\u031b\u0300ng': 1 }, expected: '{"Trường":1}' },
    { why: 'booleans and null', given: [true, false, null], expected: '[true,false,null]' },
  ])('$why', ({ given, expected }) => {
    expect(canonicalJson(given)).toBe(expected)
  })

  it('gives the same bytes and the same SHA-256 whatever the key order and Unicode form', () => {
    const onPhone = { school: { name: 'Trường Tiểu học Võ Thị Sáu', code: 'TH01' }, answers: [{ itemId: '1.1', value: true, note: 'Có kế hoạch' }] }
    const onLaptop = {
      answers: [{ note: 'Co\u0301 kê\u0301 hoa\u0323ch', value: true, itemId: '1.1' }],
      school: { code: 'TH01', name: 'Trươ\u0300ng Tiê\u0309u ho\u0323c Vo\u0303 Thi\u0323 Sa\u0301u' },
    }
    expect(JSON.stringify(onPhone)).not.toBe(JSON.stringify(onLaptop))
    expect(canonicalJson(onLaptop)).toBe(canonicalJson(onPhone))
    expect(sha256(canonicalJson(onLaptop))).toBe(sha256(canonicalJson(onPhone)))
  })

  it('a changed value changes the hash', () => {
    expect(sha256(canonicalJson({ points: 40 }))).not.toBe(sha256(canonicalJson({ points: 40.5 })))
  })

  it.each<{ why: string; given: unknown }>([
    { why: 'not a number', given: { x: Number.NaN } },
    { why: 'infinity', given: [Infinity] },
    { why: 'undefined inside an array', given: [1, undefined] },
    { why: 'two keys equal once in NFC', given: { 'e\u0301': 1, é: 2 } },
    { why: 'a function', given: { f: () => 1 } },
  ])('refuses what has no canonical form: $why', ({ given }) => {
    expect(() => canonicalJson(given as CanonicalValue)).toThrow(TypeError)
  })

  it('reads back as the same data, with keys in any order (property)', () => {
    const json = fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.parse(JSON.stringify(v)) as CanonicalValue)
    fc.assert(
      fc.property(json, (value) => {
        const text = canonicalJson(value)
        const reordered = JSON.parse(JSON.stringify(value), (_k, v: unknown) =>
          v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v,
        ) as CanonicalValue
        expect(canonicalJson(reordered)).toBe(text)
        expect(canonicalJson(JSON.parse(text) as CanonicalValue)).toBe(text)
      }),
    )
  })
})

describe('fingerprint', () => {
  const H = '7f3a91c25b0e44d1' + 'a'.repeat(48)
  it.each<{ why: string; hash: string; groups?: number; expected: string }>([
    { why: 'four groups of four, upper case', hash: H, expected: '7F3A-91C2-5B0E-44D1' },
    { why: 'two groups when asked', hash: H, groups: 2, expected: '7F3A-91C2' },
    { why: 'upper-case input', hash: H.toUpperCase(), expected: '7F3A-91C2-5B0E-44D1' },
    { why: 'not a SHA-256 (too short)', hash: '7f3a91c2', expected: '' },
    { why: 'not hex', hash: 'z'.repeat(64), expected: '' },
  ])('$why', ({ hash, groups, expected }) => {
    expect(fingerprint(hash, groups)).toBe(expected)
  })

  it.each<{ typed: string; expected: boolean }>([
    { typed: '7F3A-91C2-5B0E-44D1', expected: true },
    { typed: '7f3a 91c2', expected: true },
    { typed: '7F3A-91C3', expected: false },
    { typed: '7F3A', expected: false },
    { typed: '', expected: false },
  ])('what was read out over the phone: "$typed" → $expected', ({ typed, expected }) => {
    expect(matchesFingerprint(H, typed)).toBe(expected)
  })
})
