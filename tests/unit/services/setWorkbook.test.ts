import { describe, expect, it } from 'vitest'
import { templateExampleSet } from '@/domain'
import { isWorkbookFile } from '@/services/criteriaSets'
import { readSetWorkbook, writeSetTemplate, writeSetWorkbook } from '@/services/setWorkbook'
import { tinySet } from '../../builders/criteriaSet'
import { levelFixtureSet } from '../../fixtures/setWorkbooks'

describe('criteria sets as .xlsx files', () => {
  it('reads back the set it wrote, through a real .xlsx file', async () => {
    const set = tinySet({ rankBy: 'points' })
    set.groups[0]!.criteria[1]!.items[0]!.guidance = { vi: 'Dòng một\nDòng hai' }
    const back = await readSetWorkbook(await writeSetWorkbook(set))
    expect(back.ok ? back.value : back.errors).toStrictEqual(set)
  })

  it('reads back a set rated by indicators and levels, with its rule and narrative rows, through a real .xlsx file', async () => {
    const set = levelFixtureSet()
    const back = await readSetWorkbook(await writeSetWorkbook(set))
    expect(back.ok ? back.value : back.errors).toStrictEqual(set)
  })

  it('makes a template whose example loads as a set', async () => {
    const back = await readSetWorkbook(await writeSetTemplate())
    expect(back.ok ? back.value : back.errors).toStrictEqual(templateExampleSet())
  })

  it('refuses a file that is not a spreadsheet, saying so', async () => {
    const r = await readSetWorkbook(new Blob(['{"format":"chiso.criteria-set"}'], { type: 'application/json' }))
    expect(!r.ok && r.errors[0]?.code).toBe('not-a-workbook')
  })

  it.each([
    [{ name: 'bo.xlsx', type: '' }, true],
    [{ name: 'bo.XLSX', type: '' }, true],
    [{ name: 'tai-ve', type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }, true],
    [{ name: 'bo.json', type: 'application/json' }, false],
  ])('tells a spreadsheet from a set file: %o', (file, expected) => {
    expect(isWorkbookFile(file)).toBe(expected)
  })
})
