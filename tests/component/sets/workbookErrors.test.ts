import { describe, expect, it } from 'vitest'
import { workbookToCriteriaSet } from '@/domain'
import { i18n } from '@/i18n'
import { describeSetError, type Translate } from '@/components/sets/setErrors'
import { badLevelBooks, badPointsBooks, levelBook, pointsBook, type BadBook } from '../../fixtures/setWorkbooks'

// vue-i18n's typed `t` overloads are too deep for the compiler here; this is the one call shape used.
const global = i18n.global as unknown as {
  t: (key: string, named: Record<string, unknown>, options: { locale: string }) => string
}
const translate = (locale: 'vi' | 'en'): Translate => (key, named) => global.t(key, named, { locale })

const cases = [
  ...badPointsBooks.map((c) => ({ ...c, start: pointsBook })),
  ...badLevelBooks.map((c) => ({ ...c, start: levelBook })),
]

const WHERE = {
  vi: (c: BadBook) => (c.cell ? `Trang “${c.sheet}”, ô ${c.cell}` : `Trang “${c.sheet}”`),
  en: (c: BadBook) => (c.cell ? `Sheet “${c.sheet}”, cell ${c.cell}` : `Sheet “${c.sheet}”`),
}

describe.each(['vi', 'en'] as const)('a mistake in a spreadsheet set, told in %s', (locale) => {
  const t = translate(locale)
  it.each(cases)('$name: names the sheet and cell and says what is wrong', (c) => {
    const result = workbookToCriteriaSet(c.edit(c.start()))
    if (result.ok) return expect.unreachable()
    const error = result.errors.find((e) => e.code === c.code && e.cell?.sheet === c.sheet && e.cell.cell === c.cell)
    if (!error) return expect.unreachable()
    const line = describeSetError(error, t, locale)
    expect(line.where).toBe(WHERE[locale](c))
    expect(line.text).not.toMatch(/sets\.|\{\w+\}|undefined/)
    expect(line.text.length).toBeGreaterThan(15)
  })
})
