/**
 * The Vietnamese strings ship in two parts (the first screen's, and the rest loaded on the first
 * move): together they hold every feature file.
 */
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { i18n, loadAllMessages } from '@/i18n'

describe('Vietnamese strings in two parts', () => {
  it('holds every feature file once the rest is loaded', async () => {
    await loadAllMessages()
    const files = readdirSync(join(__dirname, '../../src/i18n/locales/vi')).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''))
    expect(Object.keys(i18n.global.getLocaleMessage('vi')).sort()).toEqual(files.sort())
  })
})
