import { describe, expect, it } from 'vitest'
import { parseCriteriaSet, SET_VERSION_MAX_LENGTH, type CriteriaSetErrorCode } from '@/domain'
import { tinySet, tinySetJson } from '../../../builders/criteriaSet'

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

/** Each case breaks a valid file in one way and names the error a person would need to fix it. */
const badFiles: { name: string; input: (f: Json) => unknown; code: CriteriaSetErrorCode; path: string }[] = [
  { name: 'text that is not JSON', input: () => '{"format": "chiso.criteria-set",', code: 'not-json', path: '' },
  { name: 'a JSON array', input: () => '[1, 2]', code: 'not-an-object', path: '' },
  { name: 'null', input: () => null, code: 'not-an-object', path: '' },
  { name: 'a file that is far too large', input: () => ' '.repeat(2_000_001), code: 'too-large', path: '' },
  { name: 'another format (a backup file)', input: (f) => ({ ...f, format: 'chiso.backup' }), code: 'wrong-format', path: 'format' },
  { name: 'a newer format version', input: (f) => ({ ...f, formatVersion: 2 }), code: 'unsupported-format-version', path: 'formatVersion' },
  { name: 'no version', input: (f) => { delete f.version; return f }, code: 'missing-field', path: 'version' },
  { name: 'a version that is not semver', input: (f) => ({ ...f, version: 'v1' }), code: 'invalid-value', path: 'version' },
  { name: 'a version longer than any file can carry', input: (f) => ({ ...f, version: `1.0.0-${'a'.repeat(SET_VERSION_MAX_LENGTH)}` }), code: 'invalid-value', path: 'version' },
  { name: 'an invalid legal date', input: (f) => { f.legalBasis.date = '2022-13-45'; return f }, code: 'invalid-value', path: 'legalBasis.date' },
  { name: 'a misspelt field', input: (f) => { f.groups[0].maxPoints = 100; return f }, code: 'unknown-field', path: 'groups[0].maxPoints' },
  { name: 'an unknown provenance', input: (f) => { f.groups[0].provenance = 'rumour'; return f }, code: 'invalid-value', path: 'groups[0].provenance' },
  { name: 'an unknown item kind', input: (f) => { f.groups[0].criteria[1].items[0].kind = 'stars'; return f }, code: 'unknown-kind', path: 'groups[0].criteria[1].items[0].kind' },
  { name: 'points max as a string', input: (f) => { f.groups[0].criteria[1].items[0].max = '40'; return f }, code: 'wrong-type', path: 'groups[0].criteria[1].items[0].max' },
  { name: 'negative points max', input: (f) => { f.groups[0].criteria[1].items[0].max = -5; return f }, code: 'invalid-value', path: 'groups[0].criteria[1].items[0].max' },
  { name: 'an empty Vietnamese text', input: (f) => { f.groups[1].title.vi = '   '; return f }, code: 'invalid-value', path: 'groups[1].title.vi' },
  { name: 'a group without criteria', input: (f) => { f.groups[1].criteria = []; return f }, code: 'invalid-value', path: 'groups[1].criteria' },
  { name: 'a duplicate item id', input: (f) => { f.groups[1].criteria[1].items[1].id = 'A2.1'; return f }, code: 'duplicate-id', path: 'groups[1].criteria[1].items[1].id' },
  { name: 'a duplicate group id', input: (f) => { f.groups[1].id = 'A'; return f }, code: 'duplicate-id', path: 'groups[1].id' },
  { name: 'items above their criterion max', input: (f) => { f.groups[0].criteria[1].max = 90; f.groups[0].criteria[1].bands[2].max = 90; return f }, code: 'items-exceed-criterion', path: 'groups[0].criteria[1].max' },
  { name: 'criteria above their group max', input: (f) => { f.groups[1].criteria[1].items[1].max = 101; return f }, code: 'criteria-exceed-group', path: 'groups[1].max' },
  { name: 'a half-point max on a whole-point item', input: (f) => { f.groups[1].criteria[1].items[1].max = 89.5; return f }, code: 'max-not-a-step', path: 'groups[1].criteria[1].items[1].max' },
  { name: 'bands with a gap (< 50 then > 50)', input: (f) => { f.groups[0].bands[1].minInclusive = false; return f }, code: 'band-gap', path: 'groups[0].bands[1].min' },
  { name: 'bands that overlap (≤ 50 and ≥ 50)', input: (f) => { f.groups[0].bands[0].maxInclusive = true; return f }, code: 'band-overlap', path: 'groups[0].bands[1].min' },
  { name: 'bands that overlap by range', input: (f) => { f.groups[1].bands[1].min = 40; return f }, code: 'band-overlap', path: 'groups[1].bands[1].min' },
  { name: 'bands that stop short of the max', input: (f) => { f.groups[0].bands[2].max = 90; return f }, code: 'band-coverage', path: 'groups[0].bands[2].max' },
  { name: 'bands that do not start at 0', input: (f) => { f.groups[0].bands[0].min = 1; return f }, code: 'band-coverage', path: 'groups[0].bands[0].min' },
  { name: 'bands out of order', input: (f) => { f.groups[0].bands[0].level = 2; return f }, code: 'band-order', path: 'groups[0].bands[0].level' },
  { name: 'an empty band', input: (f) => { f.groups[0].criteria[1].bands[1].max = 20; f.groups[0].criteria[1].bands[1].maxInclusive = false; return f }, code: 'band-empty', path: 'groups[0].criteria[1].bands[1]' },
  { name: 'a cap rule without its level', input: (f) => { delete f.conditionRule.capLevel; return f }, code: 'cap-level-missing', path: 'conditionRule.capLevel' },
  { name: 'a row citing an unknown source', input: (f) => { f.sources = [{ id: 'S1', title: 'Văn bản' }]; f.groups[0].sources = ['S9']; return f }, code: 'unknown-source', path: 'groups[0].sources[0]' },
]

describe('parseCriteriaSet', () => {
  it('accepts a well-formed set and returns it typed, with defaults applied', () => {
    const file = tinySetJson()
    delete (file as Json).groups[1].criteria[1].items[1].step
    const result = parseCriteriaSet(JSON.stringify(file))
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.value.id).toBe('tiny')
    expect(result.value.groups[1]?.criteria[1]?.items[1]).toMatchObject({ kind: 'points', max: 90, step: 1 })
  })

  it.each(badFiles)('refuses $name with $code at "$path"', ({ input, code, path }) => {
    const result = parseCriteriaSet(input(tinySetJson()))
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors).toContainEqual(expect.objectContaining({ code, path }))
    for (const e of result.errors) expect(e.detail.length).toBeGreaterThan(0)
  })

  it('lists every problem in one go, not just the first', () => {
    const f = tinySetJson() as Json
    f.groups[0].provenance = 'rumour'
    f.groups[1].criteria[1].items[1].max = 'ninety'
    delete f.title
    const result = parseCriteriaSet(f)
    expect(result.ok ? [] : result.errors.map((e) => e.path).sort()).toEqual(
      ['groups[0].provenance', 'groups[1].criteria[1].items[1].max', 'title'].sort(),
    )
  })

  it.each([undefined, 42, 'null', '"text"', Symbol('x'), () => 1, new Date(0)])('never throws, whatever it is given (%s)', (input) => {
    expect(() => parseCriteriaSet(input)).not.toThrow()
    expect(parseCriteriaSet(input).ok).toBe(false)
  })

  /** An array nested a million deep: JSON.stringify of it throws RangeError under Node. */
  const deep = () => {
    let a: unknown[] = []
    for (let i = 0; i < 1_000_000; i++) a = [a]
    return a
  }
  it.each([
    ['formatVersion', (f: Json) => ({ ...f, formatVersion: deep() })],
    ['format', (f: Json) => ({ ...f, format: deep() })],
    ['version', (f: Json) => ({ ...f, version: deep() })],
    ['a title', (f: Json) => ({ ...f, title: { vi: deep() } })],
  ])('refuses a million-deep array as %s without throwing', (_, input) => {
    const r = parseCriteriaSet(input(tinySetJson()))
    expect(r.ok).toBe(false)
  })

  it('accepts a version at the longest allowed', () => {
    const version = `1.0.0-${'a'.repeat(SET_VERSION_MAX_LENGTH - 6)}`
    const r = parseCriteriaSet({ ...tinySetJson(), version })
    expect(r.ok && r.value.version).toBe(version)
  })

  it('stores decomposed (NFD) Vietnamese as composed (NFC) text', () => {
    const f = tinySetJson() as Json
    f.groups[0].title.vi = 'Chuyển đổi số'.normalize('NFD')
    const result = parseCriteriaSet(f)
    expect(result.ok && result.value.groups[0]?.title.vi).toBe('Chuyển đổi số'.normalize('NFC'))
  })

  it('keeps markup as plain text (it is rendered as text, never as HTML)', () => {
    const f = tinySetJson() as Json
    f.groups[0].title.vi = '<img src=x onerror=alert(1)>'
    const result = parseCriteriaSet(f)
    expect(result.ok && result.value.groups[0]?.title.vi).toBe('<img src=x onerror=alert(1)>')
  })

  it('allows a group whose known rows sum to less than its maximum', () => {
    expect(parseCriteriaSet(tinySet()).ok).toBe(true)
  })
})
