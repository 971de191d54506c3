// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { TEXT_LIMITS, type ExchangeData } from '@/domain'
import { buildBackup } from '@/services/exchange'
import { checkLink } from '@/stores/evidence'
import { describeExchangeError } from '@/components/exchange/exchangeErrors'
import { answer, sampleData, sampleFiles, T2 } from '../../domain/exchange/sample'

const HEAD = { appVersion: '0.1.0', createdAt: T2, packageId: 'w' }
const edited = (change: (d: ExchangeData) => void) => {
  const d = structuredClone(sampleData())
  change(d)
  return d
}
const t = (key: string, named: Record<string, unknown> = {}) => `${key}${JSON.stringify(named)}`

describe('a writer error names the indicator (chỉ số) or evidence and the field', () => {
  it.each([
    ['a note over its limit', edited((d) => d.answers.push(answer('2.4', null, { note: 'x'.repeat(TEXT_LIMITS.note + 1) }))), { itemId: '2.4', field: 'note' }],
    ['an info text over its limit', edited((d) => d.answers.push(answer('2.5', 'y'.repeat(TEXT_LIMITS.answerText + 1)))), { itemId: '2.5', field: 'value' }],
    ['a link over its limit', edited((d) => (d.evidence.find((e) => e.kind === 'link')!.url = `https://a.vn/${'z'.repeat(TEXT_LIMITS.url)}`)), { field: 'url' }],
  ])('%s', async (_, data, params) => {
    const r = await buildBackup(data, sampleFiles(), HEAD)
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.errors[0]?.params).toMatchObject(params)
    const line = describeExchangeError(r.errors[0]!, t).text
    expect(line).toMatch(/exchange\.where\.(indicator|evidence)/)
  })
})

describe('checkLink refuses an address longer than a file can carry', () => {
  it.each([
    [`https://truong.edu.vn/${'a'.repeat(TEXT_LIMITS.url - 30)}`, null],
    [`https://truong.edu.vn/${'a'.repeat(TEXT_LIMITS.url)}`, 'too-long'],
    // Typed within the limit, but the stored form (percent-encoded) is longer.
    [`https://truong.edu.vn/${'đ'.repeat(Math.ceil(TEXT_LIMITS.url / 4))}`, 'too-long'],
  ])('%#', (url, problem) => {
    expect(checkLink(url)).toBe(problem)
  })
})
