/**
 * Maps the record model to a Word document (.docx) with the `docx` library: the same documents,
 * words and tables as the PDF, in the form of Nghị định 30/2020/NĐ-CP — A4, the same margins,
 * Times New Roman 13 pt, 6 pt between paragraphs, page numbers centred in the header from each
 * document's second page. It adds no words of its own; user text stays literal text.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  ImageRun,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IBorderOptions,
  type ParagraphChild,
} from 'docx'
import {
  photoRows,
  printableImage,
  type RecordBlock,
  type RecordHeader,
  type RecordModel,
  type RecordPhotos,
  type RecordRun,
  type RecordSection,
  type RecordSectionId,
  type RecordSignature,
  type RecordTable,
} from '@/domain'

/** Word's units: twentieths of a point; a millimetre is 56.7 of them. */
const MM = 1440 / 25.4
const PAGE = { width: Math.round(210 * MM), height: Math.round(297 * MM) }
/** The same margins as the PDF (Nghị định 30/2020, Phụ lục I). */
const MARGIN = { top: Math.round(20 * MM), right: Math.round(15 * MM), bottom: Math.round(22 * MM), left: Math.round(30 * MM) }
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right
const FONT = 'Times New Roman'
/** Sizes in half-points. */
const BODY = 26
const TABLE = 24
const SMALL = 22
const TITLE = 28
const INDENT = Math.round(10 * MM)
const GAP = 120
/** Photo boxes by size, as in the PDF, in pixels at 96 dpi as `docx` measures images. */
const px = (mm: number) => Math.round((mm / 25.4) * 96)
const PHOTO_BOX = {
  small: { width: px(76), height: px(60) },
  half: { width: px(165), height: px(100) },
  full: { width: px(165), height: px(205) },
} as const

const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE }
const LINE: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '555555' }
const LINES = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE }

type Align = (typeof AlignmentType)[keyof typeof AlignmentType]
const ALIGN: Record<string, Align> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
}

interface TextOptions {
  bold?: boolean
  italics?: boolean
  underline?: boolean
  size?: number
}
const text = (t: string, o: TextOptions = {}) =>
  new TextRun({ text: t, font: FONT, size: o.size ?? BODY, bold: o.bold, italics: o.italics, ...(o.underline ? { underline: {} } : {}) })
const runs = (rs: readonly RecordRun[], size = BODY): ParagraphChild[] =>
  rs.map((r) => text(r.text, { bold: r.bold, italics: r.italics, size }))

const line = (t: string, o: TextOptions & { align?: Align; after?: number; before?: number } = {}) =>
  new Paragraph({
    alignment: o.align ?? AlignmentType.CENTER,
    spacing: { before: o.before ?? 0, after: o.after ?? 0 },
    children: [text(t, o)],
  })

/** A short centred rule: an empty paragraph with a bottom border, indented from both sides. */
function rule(width: number, length: number): Paragraph {
  const side = Math.max(0, Math.round((width - length) / 2))
  return new Paragraph({ indent: { left: side, right: side }, border: { bottom: LINE }, spacing: { after: 60 }, children: [] })
}

function cell(children: (Paragraph | Table)[], width: number): TableCell {
  return new TableCell({ children, width: { size: width, type: WidthType.DXA }, borders: NO_BORDERS })
}

function header(h: RecordHeader): Table {
  const left = Math.round(TEXT_WIDTH * 0.43)
  const right = TEXT_WIDTH - left
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [left, right],
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          cell(
            [
              line(h.governingBody, { size: TABLE }),
              line(h.issuer, { size: TABLE, bold: true }),
              rule(left, left / 3),
              ...(h.number ? [line(h.number, { before: 60 })] : []),
            ],
            left,
          ),
          cell(
            [
              line(h.motto[0], { size: TABLE, bold: true }),
              line(h.motto[1], { bold: true, underline: true }),
              line(h.placeDate, { italics: true, before: 120 }),
            ],
            right,
          ),
        ],
      }),
    ],
  })
}

function titleBlock(s: RecordSection): Paragraph[] {
  return [
    line(s.title, { bold: true, size: TITLE, before: s.header ? 240 : 0 }),
    line(s.summary, { bold: true }),
    rule(TEXT_WIDTH, TEXT_WIDTH / 3),
    ...s.subtitle.map((t) => line(t, { italics: s.header === null, before: 120 })),
    new Paragraph({ spacing: { after: 120 }, children: [] }),
  ]
}

function table(t: RecordTable): Table {
  const size = t.small ? SMALL : TABLE
  const widths = t.columns.map((c) => Math.round((TEXT_WIDTH * c.width) / 100))
  const para = (s: string, align: Align, bold = false) =>
    new Paragraph({ alignment: align, children: [text(s, { size, bold })] })
  const head = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: t.header.map(
      (h, k) =>
        new TableCell({
          children: [para(h, AlignmentType.CENTER, true)],
          width: { size: widths[k] ?? 0, type: WidthType.DXA },
          shading: { fill: 'DDDDDD' },
        }),
    ),
  })
  const rows = t.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: row.cells.map((c, k) => {
          const bold = row.kind === 'group' || row.kind === 'total' || row.kind === 'criterion'
          const fill = row.kind === 'group' ? 'E8E8E8' : row.kind === 'total' ? 'F4F4F4' : undefined
          return new TableCell({
            children: [para(c, ALIGN[t.columns[k]?.align ?? 'left'] ?? AlignmentType.LEFT, bold)],
            width: { size: widths[k] ?? 0, type: WidthType.DXA },
            ...(fill ? { shading: { fill } } : {}),
          })
        }),
      }),
  )
  return new Table({ width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: widths, borders: LINES, rows: [head, ...rows] })
}

function photos(p: RecordPhotos, images: ReadonlyMap<string, Uint8Array>): Table {
  const half = Math.round(TEXT_WIDTH / 2)
  const box = (ph: RecordPhotos['photos'][number], span = 1): TableCell => {
    const bytes = images.get(ph.evidenceId)
    const info = bytes ? printableImage(bytes) : null
    const fit = PHOTO_BOX[ph.size]
    const scale = info ? Math.min(fit.width / info.width, fit.height / info.height) : 0
    const picture =
      bytes && info
        ? new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [
              new ImageRun({
                type: info.type === 'png' ? 'png' : 'jpg',
                data: bytes,
                transformation: { width: Math.round(info.width * scale), height: Math.round(info.height * scale) },
              }),
            ],
          })
        : line(p.missingText, { italics: true, before: 1200, after: 1200 })
    const children = [picture, line(ph.code, { bold: true, size: SMALL, before: 60 }), line(ph.caption, { size: SMALL, after: 200 })]
    return span === 2
      ? new TableCell({ children, columnSpan: 2, width: { size: TEXT_WIDTH, type: WidthType.DXA }, borders: NO_BORDERS })
      : cell(children, half)
  }
  const empty = () => cell([new Paragraph({ children: [] })], half)
  const rows = photoRows(p.photos).map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: row.length === 2 ? [box(row[0]), box(row[1])] : row[0].size === 'small' ? [box(row[0]), empty()] : [box(row[0], 2)],
      }),
  )
  return new Table({ width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: [half, half], borders: NO_BORDERS, rows })
}

function block(b: RecordBlock, images: ReadonlyMap<string, Uint8Array>): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'heading':
      return [
        new Paragraph({
          keepNext: true,
          spacing: { before: b.level === 1 ? 160 : 80, after: 60 },
          children: [text(b.text, { bold: true, italics: b.level === 2 })],
        }),
      ]
    case 'paragraph':
      return [
        new Paragraph({
          alignment: ALIGN[b.align ?? 'justify'],
          spacing: { after: GAP },
          ...(b.indent ? { indent: { firstLine: INDENT } } : {}),
          children: runs(b.runs, b.small ? SMALL : BODY),
        }),
      ]
    case 'list':
      return b.items.map((item) => {
        const left = b.nested ? Math.round(INDENT * 1.8) : INDENT
        return new Paragraph({
          alignment: AlignmentType.JUSTIFIED,
          spacing: { after: GAP },
          indent: { left: left + 240, hanging: 240 },
          children: [text(`${b.marker}\t`), ...runs(item)],
          tabStops: [{ type: 'left', position: left + 240 }],
        })
      })
    case 'table':
      return [table(b), new Paragraph({ spacing: { after: GAP }, children: [] })]
    case 'photos':
      return [photos(b, images)]
  }
}

function signatureCell(s: RecordSignature, width: number): TableCell {
  return cell(
    [
      ...s.title.map((t) => line(t, { bold: true })),
      new Paragraph({ spacing: { before: 1400 }, children: [] }),
      line(s.name || ' ', { bold: true }),
    ],
    width,
  )
}

function signatures(s: RecordSection): Table | null {
  if (s.signatures.length === 0 && !s.recipients) return null
  const half = Math.round(TEXT_WIDTH / 2)
  const recipients = s.recipients
    ? [
        new Paragraph({ keepNext: true, children: [text(s.recipients.label, { bold: true, italics: true, size: TABLE })] }),
        ...s.recipients.lines.map((l) => new Paragraph({ keepNext: true, children: [text(l, { size: SMALL })] })),
      ]
    : [new Paragraph({ children: [] })]
  const cells =
    s.signatures.length === 1
      ? [cell(recipients, half), signatureCell(s.signatures[0] as RecordSignature, half)]
      : s.signatures.map((sig) => signatureCell(sig, Math.round(TEXT_WIDTH / s.signatures.length)))
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: cells.map(() => Math.round(TEXT_WIDTH / cells.length)),
    borders: NO_BORDERS,
    rows: [new TableRow({ cantSplit: true, children: cells })],
  })
}

/** Page numbers centred in the header, 13 pt, none on a document's first page. */
const pageNumberHeader = () =>
  new Header({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: BODY })] })],
  })

function section(s: RecordSection, images: ReadonlyMap<string, Uint8Array>) {
  const children: (Paragraph | Table)[] = []
  if (s.header) children.push(header(s.header))
  children.push(...titleBlock(s))
  for (const b of s.body) children.push(...block(b, images))
  const sig = signatures(s)
  if (sig) children.push(sig)
  return {
    properties: {
      titlePage: true,
      page: { size: PAGE, margin: MARGIN, pageNumbers: { start: 1 } },
    },
    headers: { default: pageNumberHeader(), first: new Header({ children: [] }) },
    children,
  }
}

/** The Word document of the record (or of the chosen sections); `images` as for the PDF. */
export function recordDocx(model: RecordModel, images: ReadonlyMap<string, Uint8Array>, sections?: readonly RecordSectionId[]): Document {
  const chosen = sections && sections.length > 0 ? model.sections.filter((s) => sections.includes(s.id)) : model.sections
  return new Document({
    title: model.title,
    creator: model.author,
    styles: { default: { document: { run: { font: FONT, size: BODY } } } },
    sections: chosen.map((s) => section(s, images)),
  })
}
