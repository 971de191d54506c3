import { describe, expect, it } from 'vitest'
import { exchangeError, foundKind, type ExchangeError } from '@/domain'

const wrong = (found: string) => exchangeError('wrong-format', 'manifest.json:format', 'x', { found, expected: 'chiso.contribution' })

describe('foundKind: what a refused file really is', () => {
  it.each<[string, ExchangeError[], string | null]>([
    ['an assignment read as a contribution', [wrong('chiso.assignment')], 'chiso.assignment'],
    ['a backup read as a contribution', [wrong('chiso.backup')], 'chiso.backup'],
    ['a kind chiso does not make', [wrong('other.app')], null],
    ['a damaged file', [exchangeError('truncated', '', 'x')], null],
    ['a wrong kind among other problems', [wrong('chiso.assignment'), exchangeError('hash-mismatch', 'data.json', 'x')], null],
    ['no errors at all', [], null],
  ])('%s', (_why, errors, expected) => {
    expect(foundKind(errors)).toBe(expected)
  })
})
