// @vitest-environment node
/**
 * The record as a Word file, opened by an independent reader: the .docx is unzipped and its
 * `word/document.xml` read as text, so the test sees what Word would.
 */
import { Packer } from 'docx'
import { unzipSync, strFromU8 } from 'fflate'
import { describe, expect, it } from 'vitest'
import { recordDocx } from '@/services/docx/document'
import { build, CAVEAT_PHRASES, DATES, FULL, photo } from '../../domain/record/fixtures'
import { LANDSCAPE_JPEG } from '../pdf/images'

const bytesOf = (dataUrl: string) => Uint8Array.from(atob(dataUrl.split(',')[1]!), (c) => c.charCodeAt(0))

async function open(sections?: Parameters<typeof recordDocx>[2]) {
  const { model } = build({
    answers: { ...FULL, '1.1': false },
    overrides: { ...DATES, planNumber: '5', meetingStart: '14:00', meetingEnd: '16:30' },
    evidence: [photo('p1', 'MC1.2.1', 'Phòng máy tính', ['1.2.1']), photo('p2', 'MC1.3.1', 'Máy chiếu', ['1.3'])],
  })
  const zip = unzipSync(new Uint8Array(await Packer.toBuffer(recordDocx(model, new Map([['p1', bytesOf(LANDSCAPE_JPEG)]]), sections))))
  const xml = strFromU8(zip['word/document.xml']!)
  /** The text of each paragraph, as Word shows it. */
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) =>
    [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>')).join(''),
  )
  return { model, zip, xml, paragraphs, all: paragraphs.join('\n') }
}

describe('the record as a Word file', () => {
  it('has the same documents, headings and numbers as the PDF, from the same model', async () => {
    const { model, all, paragraphs } = await open()
    for (const s of model.sections) {
      expect(paragraphs).toContain(s.title)
      expect(paragraphs).toContain(s.summary)
      for (const b of s.body) if (b.kind === 'heading') expect(paragraphs, b.text).toContain(b.text)
    }
    expect(paragraphs).toContain('Độc lập - Tự do - Hạnh phúc')
    expect(paragraphs).toContain('Số: 05/KH-THVT')
    expect(paragraphs).toContain('An Phú, ngày 01 tháng 4 năm 2026')
    expect(all).toContain('Bắt đầu vào hồi 14 giờ 00 phút, ngày 08 tháng 5 năm 2026.')
    for (const phrase of CAVEAT_PHRASES) expect(all, phrase).not.toContain(phrase)
  })

  it('has the score tables, with their header rows repeated on each page', async () => {
    const { model, xml, paragraphs } = await open()
    const tables = model.sections.flatMap((s) => s.body.filter((b) => b.kind === 'table'))
    expect(tables.length).toBeGreaterThan(3)
    for (const t of tables) for (const row of t.rows) for (const c of row.cells) if (c) expect(paragraphs, c).toContain(c)
    expect((xml.match(/<w:tblHeader\/>/g) ?? []).length).toBeGreaterThanOrEqual(tables.length)
  })

  it('numbers pages in the header from each document\'s second page: one section per document, restarting at 1', async () => {
    const { model, xml, zip } = await open()
    const sections = xml.match(/<w:sectPr[\s\S]*?<\/w:sectPr>/g) ?? []
    expect(sections).toHaveLength(model.sections.length)
    for (const s of sections) {
      expect(s).toContain('<w:titlePg/>')
      expect(s).toMatch(/<w:pgNumType w:start="1"/)
      expect(s).toMatch(/<w:headerReference w:type="first"/)
    }
    const headers = Object.keys(zip).filter((n) => /^word\/header\d+\.xml$/.test(n)).map((n) => strFromU8(zip[n]!))
    expect(headers.some((h) => /PAGE/.test(h))).toBe(true)
  })

  it('embeds the photos it has and prints the note for one it has not', async () => {
    const { zip, all } = await open(['appendix'])
    expect(Object.keys(zip).filter((n) => n.startsWith('word/media/'))).toHaveLength(1)
    expect(all).toContain('(Không tải được ảnh)')
    expect(all).toContain('MC1.3.1')
  })
})
