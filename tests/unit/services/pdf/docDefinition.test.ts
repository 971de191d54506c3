// @vitest-environment node
import { describe, expect, it } from 'vitest'
import type { Content, ContentStack, ContentTable } from 'pdfmake/interfaces'
import { recordDocDefinition, RECORD_FONT } from '@/services/pdf/docDefinition'
import { build, evidence, photo } from '../../domain/record/fixtures'
import { LANDSCAPE_JPEG } from './images'

const bytesOf = (dataUrl: string) => Uint8Array.from(atob(dataUrl.split(',')[1]!), (c) => c.charCodeAt(0))

const MM = 72 / 25.4

const model = build({
  evidence: [
    photo('p1', 'MC1.2.1', 'Phòng máy', ['1.2.1']),
    photo('p2', 'MC1.3.1', 'Máy chiếu', ['1.3']),
    photo('p3', 'MC2.2.1', 'Sổ điểm', ['2.2.1']),
    evidence('d1', 'MC1.1.1', { itemIds: ['1.1'] }),
  ],
}).model

/** Every node of a definition's content, depth first. */
function nodes(c: Content): Content[] {
  if (typeof c !== 'object' || c === null) return [c]
  if (Array.isArray(c)) return c.flatMap(nodes)
  const out: Content[] = [c]
  const node = c as { stack?: Content[]; section?: Content[]; columns?: Content[]; table?: { body: unknown[][] } }
  if (node.section) out.push(...node.section.flatMap(nodes))
  if (node.stack) out.push(...node.stack.flatMap(nodes))
  if (node.columns) out.push(...node.columns.flatMap(nodes))
  if (node.table) out.push(...node.table.body.flat().flatMap((cell) => nodes(cell as Content)))
  return out
}

describe('recordDocDefinition', () => {
  const enc = new TextEncoder()
  const { definition: def, files } = recordDocDefinition(
    model,
    new Map([['p1', bytesOf(LANDSCAPE_JPEG)], ['p2', enc.encode('/etc/passwd')], ['p3', enc.encode('GIF89a…')]]),
  )
  const content = def.content as ContentStack[]

  it('is A4 with the margins of Nghị định 30 and 13 pt serif body text', () => {
    expect(def.pageSize).toBe('A4')
    const [left, top, right, bottom] = def.pageMargins as number[]
    expect(left! / MM).toBeGreaterThanOrEqual(30)
    expect(left! / MM).toBeLessThanOrEqual(35)
    expect(right! / MM).toBeGreaterThanOrEqual(15)
    expect(right! / MM).toBeLessThanOrEqual(20)
    for (const v of [top!, bottom!]) {
      expect(v / MM).toBeGreaterThanOrEqual(20)
      expect(v / MM).toBeLessThanOrEqual(25)
    }
    expect(def.defaultStyle).toMatchObject({ font: RECORD_FONT, fontSize: 13 })
  })

  it('makes each document a section of its own, which starts on a new page', () => {
    expect(content).toHaveLength(5)
    for (const s of content) expect(Array.isArray((s as unknown as { section: unknown }).section)).toBe(true)
  })

  it('repeats table header rows and keeps rows whole', () => {
    const tables = content.flatMap(nodes).filter((n): n is ContentTable => typeof n === 'object' && n !== null && 'table' in n && (n as ContentTable).layout !== 'noBorders' && (n as ContentTable).table.headerRows === 1)
    expect(tables.length).toBeGreaterThanOrEqual(5)
    for (const t of tables) expect(t.table.dontBreakRows).toBe(true)
  })

  it('embeds only JPEG or PNG bytes, as files of its own; anything else prints as missing', () => {
    expect(def.images).toEqual({ photo0: 'chiso-photo0.jpg' })
    expect([...files.keys()]).toEqual(['chiso-photo0.jpg'])
    expect(new Uint8Array(files.get('chiso-photo0.jpg')!)).toEqual(bytesOf(LANDSCAPE_JPEG))
    const texts = content.flatMap(nodes).filter((n) => typeof n === 'object' && 'text' in n && n.text === '(Không tải được ảnh)')
    expect(texts).toHaveLength(2)
  })

  it('numbers pages in the header from each document\'s second page, and none in the footer', () => {
    expect(def.footer).toBeUndefined()
    const headers = content.map((s) => (s as unknown as { header: (page: number) => { text: string } | null }).header)
    // One layout as pdfmake runs it: page 1 first, each section's pages in order (plan 1–3, minutes 4–5).
    expect([1, 2, 3].map((p) => headers[0]!(p)?.text ?? null)).toEqual([null, '2', '3'])
    expect([4, 5].map((p) => headers[1]!(p)?.text ?? null)).toEqual([null, '2'])
    // A second layout after a heading moved: the minutes now start on page 5.
    expect([1, 2, 3, 4].map((p) => headers[0]!(p)?.text ?? null)).toEqual([null, '2', '3', '4'])
    expect([5, 6, 7].map((p) => headers[1]!(p)?.text ?? null)).toEqual([null, '2', '3'])
  })

  it('renders one section alone, without a page break before it', () => {
    const { definition: one } = recordDocDefinition(model, new Map(), ['decision'])
    const stacks = one.content as ContentStack[]
    expect(stacks).toHaveLength(1)
    expect(one.images).toEqual({})
  })

  it('keeps user text literal', () => {
    const m = build({ evidence: [evidence('x', 'MC1.1.1', { title: '<b>đậm</b> {{ x }}' })] }).model
    const all = (recordDocDefinition(m, new Map()).definition.content as Content[]).flatMap(nodes)
    expect(all.some((n) => typeof n === 'object' && 'text' in n && n.text === '<b>đậm</b> {{ x }}')).toBe(true)
  })
})

describe('photos at the size chosen for each', () => {
  it('prints small ones two to a row and a half-page or full-page one across the text’s width, larger', () => {
    const m = build({
      evidence: [photo('p1', 'MC1.2.1', 'Phòng máy', ['1.2.1']), photo('p2', 'MC1.3.1', 'Máy chiếu', ['1.3']), photo('p3', 'MC2.2.1', 'Sổ điểm', ['2.2.1'])],
      overrides: { photoSizes: 'p2=half\np3=full' },
    }).model
    const bytes = bytesOf(LANDSCAPE_JPEG)
    const { definition } = recordDocDefinition(m, new Map([['p1', bytes], ['p2', bytes], ['p3', bytes]]), ['appendix'])
    const all = (definition.content as Content[]).flatMap(nodes)
    const grid = all.find((n): n is ContentTable => typeof n === 'object' && n !== null && 'table' in n && (n as ContentTable).table.widths?.length === 2 && (n as ContentTable).layout === 'noBorders')!
    const rows = grid.table.body as { colSpan?: number; stack?: Content[] }[][]
    expect(rows).toHaveLength(3)
    expect(rows.map((r) => r[0]!.colSpan ?? 1)).toEqual([1, 2, 2])
    const fits = all.flatMap((n) => (typeof n === 'object' && n !== null && 'image' in n ? [(n as { fit: [number, number] }).fit] : []))
    expect(fits.map(([, h]) => Math.round(h / MM))).toEqual([60, 100, 205])
    expect(fits[1]![0]).toBeGreaterThan(fits[0]![0] * 2)
  })
})
