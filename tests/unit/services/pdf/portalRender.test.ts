// @vitest-environment node
/**
 * The school-portal checklist rendered as it will be filed: a PDF from the same document definition
 * the browser uses (pdfmake in Node), read back with pdftotext; and the Word file, read from its
 * `word/document.xml`. Both must carry the form's words and count, and nothing of the app.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { Packer } from 'docx'
import { strFromU8, unzipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { recordDocx } from '@/services/docx/document'
import { RECORD_FONT, recordDocDefinition } from '@/services/pdf/docDefinition'
import { CAVEAT_PHRASES } from '../../domain/record/fixtures'
import { portalModel } from '../../domain/record/portalFixture'

const require = createRequire(import.meta.url)
const font = (face: string) => require.resolve(`@expo-google-fonts/tinos/${face}/Tinos_${face}.ttf`)
const oneLine = (s: string) => s.replace(/\s+/g, ' ')

const model = portalModel(
  { 'P1.a': 1, 'P1.b': 0, P2: 1, P3: 1, P4: 'VnEdu' },
  { checklistDate: '2026-05-12', portalUrl: 'https://thvt.edu.vn', preparedBy: 'Lê Thu Hà' },
)
/** What the form must say, in reading order. */
const EXPECTED = [
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'PHIẾU TỰ ĐÁNH GIÁ',
  'Cổng thông tin điện tử của nhà trường năm học 2025-2026',
  'I. KẾT QUẢ TỰ ĐÁNH GIÁ',
  'II. TỔNG HỢP',
  'đáp ứng 3/4 nội dung',
  'P1.b: Thông tin liên hệ.',
  'III. BIỆN PHÁP KHẮC PHỤC, ĐỀ XUẤT',
  'NGƯỜI LẬP PHIẾU',
  'HIỆU TRƯỞNG',
]
/** Words of the app, or of the set's own doubts, that a signed form never carries. */
const NEVER = [...CAVEAT_PHRASES, 'Số:', 'chưa đối chiếu', 'Không chia mức', 'dòng']

describe('the portal checklist as a PDF', () => {
  let dir = ''
  let text = ''
  let pages = 0

  beforeAll(async () => {
    const pdfmake = require('pdfmake') as typeof import('pdfmake')
    const { definition, files } = recordDocDefinition(model, new Map())
    const vfs = (pdfmake as unknown as { virtualfs: { writeFileSync(name: string, data: ArrayBuffer): void } }).virtualfs
    for (const [name, data] of files) vfs.writeFileSync(name, data)
    const fontDir = dirname(dirname(font('400Regular')))
    pdfmake.setUrlAccessPolicy(() => false)
    pdfmake.setLocalAccessPolicy((path: string) => path.startsWith(fontDir))
    pdfmake.setFonts({
      [RECORD_FONT]: { normal: font('400Regular'), bold: font('700Bold'), italics: font('400Regular_Italic'), bolditalics: font('700Bold_Italic') },
    })
    const pdf = await pdfmake.createPdf(definition).getBuffer()
    dir = mkdtempSync(join(tmpdir(), 'portal-pdf-'))
    const file = join(dir, 'phieu.pdf')
    writeFileSync(file, pdf)
    text = oneLine(execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }))
    pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1])
  }, 20_000)

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  it('prints the form’s title, items, count and signatures, in that order', () => {
    let from = 0
    for (const phrase of EXPECTED) {
      const at = text.indexOf(phrase, from)
      expect(at, phrase).toBeGreaterThanOrEqual(from)
      from = at
    }
    expect(text).toContain('An Phú, ngày 12 tháng 5 năm 2026')
    expect(text).toContain('https://thvt.edu.vn')
  })

  it('carries no app talk and no number line', () => {
    for (const phrase of NEVER) expect(text, phrase).not.toContain(phrase)
  })

  it('fits a short form on one or two pages', () => {
    expect(pages).toBeGreaterThanOrEqual(1)
    expect(pages).toBeLessThanOrEqual(2)
  })
})

describe('the portal checklist as a Word file', () => {
  it('has the same words as the PDF, the items table, and no app talk', async () => {
    const zip = unzipSync(new Uint8Array(await Packer.toBuffer(recordDocx(model, new Map()))))
    const xml = strFromU8(zip['word/document.xml']!)
    const all = oneLine(
      [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]!.replace(/&amp;/g, '&')).join(' '),
    )
    let from = 0
    for (const phrase of EXPECTED) {
      const at = all.indexOf(phrase, from)
      expect(at, phrase).toBeGreaterThanOrEqual(from)
      from = at
    }
    expect(all).toContain('Sơ đồ, cơ cấu tổ chức')
    expect(all).toContain('Không tính điểm; VnEdu')
    for (const phrase of NEVER) expect(all, phrase).not.toContain(phrase)
  })
})
