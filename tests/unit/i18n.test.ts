/**
 * Every UI string exists in both languages: each feature file `locales/<vi|en>/<feature>.json`
 * has the same keys in the other locale, and no string is empty.
 * Read from disk: the build precompiles these files, so importing them would not give the text.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(__dirname, '../../src/i18n/locales')
const LOCALES = ['vi', 'en'] as const

type Tree = { [key: string]: string | Tree }

/** `{ a: { b: 'x' } }` → `[['a.b', 'x']]`; non-string leaves are kept as they are, for the checks. */
function leaves(tree: Tree, prefix = ''): [string, unknown][] {
  return Object.entries(tree).flatMap(([k, v]): [string, unknown][] =>
    v !== null && typeof v === 'object' && !Array.isArray(v) ? leaves(v, `${prefix}${k}.`) : [[`${prefix}${k}`, v]],
  )
}

function load(locale: string): Map<string, unknown> {
  const all = new Map<string, unknown>()
  for (const file of readdirSync(join(root, locale)).filter((f) => f.endsWith('.json'))) {
    const feature = file.replace(/\.json$/, '')
    const tree = JSON.parse(readFileSync(join(root, locale, file), 'utf8')) as Tree
    for (const [key, value] of leaves(tree, `${feature}.`)) all.set(key, value)
  }
  return all
}

const messages = Object.fromEntries(LOCALES.map((l) => [l, load(l)])) as Record<(typeof LOCALES)[number], Map<string, unknown>>

describe('UI strings', () => {
  it('has the same feature files in every locale', () => {
    const files = LOCALES.map((l) => readdirSync(join(root, l)).sort())
    expect(files[1]).toEqual(files[0])
  })

  it('has some strings at all', () => {
    expect(messages.vi.size).toBeGreaterThan(20)
  })

  it.each([
    ['vi', 'en'],
    ['en', 'vi'],
  ] as const)('every key in %s exists in %s', (from, to) => {
    const missing = [...messages[from].keys()].filter((k) => !messages[to].has(k))
    expect(missing).toEqual([])
  })

  it.each(LOCALES)('%s has only non-empty strings', (locale) => {
    const bad = [...messages[locale]].filter(([, v]) => typeof v !== 'string' || v.trim() === '').map(([k]) => k)
    expect(bad).toEqual([])
  })

  it.each(LOCALES)('%s uses the same placeholders as vi', (locale) => {
    const names = (s: unknown) => [...String(s).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
    const differ = [...messages.vi].filter(([k, v]) => messages[locale].has(k) && names(v).join() !== names(messages[locale].get(k)).join())
    expect(differ.map(([k]) => k)).toEqual([])
  })
})
