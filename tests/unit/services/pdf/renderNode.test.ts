// @vitest-environment node
/**
 * Renders a whole record with pdfmake in Node, from the same document definition the browser uses,
 * and reads it back with poppler: the text must come out with its diacritics, composed (NFC).
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { RECORD_FONT, recordDocDefinition } from '@/services/pdf/docDefinition'
import { build, CAVEAT_PHRASES, evidence, FULL, photo, school } from '../../domain/record/fixtures'
import { LANDSCAPE_JPEG, PORTRAIT_JPEG } from './images'

const require = createRequire(import.meta.url)


const font = (face: string) => require.resolve(`@expo-google-fonts/tinos/${face}/Tinos_${face}.ttf`)

async function renderPdf({ definition: def, files }: ReturnType<typeof recordDocDefinition>): Promise<Buffer> {
  const pdfmake = require('pdfmake') as typeof import('pdfmake')
  const vfs = (pdfmake as unknown as { virtualfs: { writeFileSync(name: string, data: ArrayBuffer): void } }).virtualfs
  for (const [name, data] of files) vfs.writeFileSync(name, data)
  const fontDir = dirname(dirname(font('400Regular')))
  pdfmake.setUrlAccessPolicy(() => false)
  pdfmake.setLocalAccessPolicy((path: string) => path.startsWith(fontDir))
  pdfmake.setFonts({
    [RECORD_FONT]: {
      normal: font('400Regular'),
      bold: font('700Bold'),
      italics: font('400Regular_Italic'),
      bolditalics: font('700Bold_Italic'),
    },
  })
  return pdfmake.createPdf(def).getBuffer()
}

const bytesOf = (dataUrl: string) => Uint8Array.from(atob(dataUrl.split(',')[1]!), (c) => c.charCodeAt(0))
const nfd = (s: string) => s.normalize('NFD')
const oneLine = (s: string) => s.replace(/\s+/g, ' ')

describe('the record as a PDF (pdfmake in Node, read back with poppler)', () => {
  let dir = ''
  let text = ''
  let pages = 0
  let images = 0
  /** What each page prints in its top margin (the first 20 mm). */
  let topMargins: string[] = []

  beforeAll(async () => {
    const { model } = build({
      school: school({ headName: nfd('Đặng Thị Hương') }),
      answers: { ...FULL, '1.1': false, '2.2.1': 4 },
      evidence: [
        photo('p1', 'MC1.2.1', 'Phòng máy tính', ['1.2.1']),
        photo('p2', 'MC1.3.1', nfd('Máy chiếu lớp 5A'), ['1.3']),
        photo('p3', 'MC2.2.1', 'Sổ điểm điện tử', ['2.2.1']),
        evidence('d1', 'MC1.1.1', { itemIds: ['1.1'], title: '<b>Kế hoạch</b> dạy học trực tuyến' }),
      ],
    })
    const def = recordDocDefinition(
      model,
      new Map([
        ['p1', bytesOf(LANDSCAPE_JPEG)],
        ['p2', bytesOf(PORTRAIT_JPEG)],
        ['p3', bytesOf(LANDSCAPE_JPEG)],
      ]),
    )
    const pdf = await renderPdf(def)
    dir = mkdtempSync(join(tmpdir(), 'record-pdf-'))
    const file = join(dir, 'record.pdf')
    writeFileSync(file, pdf)
    text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
    pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1])
    topMargins = Array.from({ length: pages }, (_, k) =>
      execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', String(k + 1), '-l', String(k + 1), '-x', '0', '-y', '0', '-W', '596', '-H', '56', file, '-'], {
        encoding: 'utf8',
      }).trim(),
    )
    images = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n').length - 2
  }, 20_000)

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  it('prints the national motto with its diacritics', () => {
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc')
  })

  it('prints the four document titles and the school', () => {
    const t = oneLine(text)
    for (const title of ['KẾ HOẠCH', 'BIÊN BẢN', 'BÁO CÁO', 'QUYẾT ĐỊNH', 'PHỤ LỤC']) expect(text).toContain(title)
    expect(t).toContain('Tự kiểm tra, đánh giá mức độ chuyển đổi số năm học 2025-2026')
    expect(t).toContain('Kết quả tự đánh giá mức độ chuyển đổi số năm học 2025-2026')
    expect(t).toContain('Về việc phê duyệt kết quả tự đánh giá mức độ chuyển đổi số năm học 2025-2026')
    expect(text).toContain('TRƯỜNG TIỂU HỌC VĂN TRÀNG')
    expect(t).toContain('Trường Tiểu học Văn Tràng')
  })

  it('prints both group totals and levels', () => {
    const t = oneLine(text)
    expect(t).toContain('Nhóm 1: Chuyển đổi số trong dạy, học: đạt 20/20 điểm, xếp Mức 1 (Chưa đáp ứng), do điều kiện bắt buộc chưa đạt.')
    expect(t).toContain('Nhóm 2: Chuyển đổi số trong quản trị: đạt 14/20 điểm, xếp Mức 2 (Đáp ứng cơ bản).')
    expect(t).toContain('Điều kiện bắt buộc 1.1 (Có kế hoạch dạy học trực tuyến) chưa đạt.')
  })

  it('turns decomposed input into composed text and keeps markup literal', () => {
    expect(text).toContain('Đặng Thị Hương')
    expect(oneLine(text)).toContain('Máy chiếu lớp 5A')
    expect(text).not.toMatch(/\p{M}/u)
    expect(oneLine(text)).toContain('<b>Kế hoạch</b> dạy học trực tuyến')
  })

  it('carries none of the app’s caveats about its criteria table', () => {
    const t = oneLine(text)
    for (const phrase of CAVEAT_PHRASES) expect(t, phrase).not.toContain(phrase)
  })

  it('numbers pages in the top margin, from 2 on each document\'s second page, none on its first', () => {
    expect(topMargins[0]).toBe('')
    // Five documents: five pages with no number, each followed by 2, 3, … for the document's other pages.
    expect(topMargins.filter((t) => t === '')).toHaveLength(5)
    topMargins.forEach((t, k) => {
      if (t !== '') expect(Number(t), `page ${k + 1}`).toBe(k > 0 && topMargins[k - 1] === '' ? 2 : Number(topMargins[k - 1]) + 1)
    })
    expect(topMargins.some((t) => t === '2')).toBe(true)
    // No number at the foot any more.
    expect(text).not.toMatch(/\n\s*1\s*\n\f/)
  })

  it('has a page per document at least, and every photo', () => {
    expect(pages).toBeGreaterThanOrEqual(5)
    expect(images).toBe(3)
  })
})

describe('a corrupt photo (JPEG header fine, data cut short) does not stop the record', () => {
  it('prints "(Không tải được ảnh)" with its code and caption in its place, and the other photos', async () => {
    const good = bytesOf(LANDSCAPE_JPEG)
    const sof = good.findIndex((v, k) => v === 0xff && good[k + 1] === 0xc0)
    const corrupt = good.slice(0, sof + 40)
    const { model } = build({
      evidence: [photo('p1', 'MC1.2.1', 'Phòng máy tính', ['1.2.1']), photo('p2', 'MC1.3.1', 'Máy chiếu hỏng tệp', ['1.3'])],
    })
    const pdf = await renderPdf(recordDocDefinition(model, new Map([['p1', good], ['p2', corrupt]]), ['appendix']))
    const dir = mkdtempSync(join(tmpdir(), 'record-pdf-'))
    try {
      const file = join(dir, 'corrupt.pdf')
      writeFileSync(file, pdf)
      const t = oneLine(execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }))
      // Side by side: the note in the broken photo's box, then both codes and captions under the row.
      expect(t).toContain('(Không tải được ảnh) MC1.2.1 Phòng máy tính MC1.3.1 Máy chiếu hỏng tệp')
      expect(execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n')).toHaveLength(3)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
