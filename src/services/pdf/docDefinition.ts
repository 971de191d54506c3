/**
 * Maps the record model to a pdfmake document definition: A4, the margins and heading layout of
 * Nghị định 30/2020/NĐ-CP, a serif face with full Vietnamese coverage. Pure and synchronous, so it
 * runs in Node for tests; images come in already loaded. It adds no words of its own: every text
 * is the model's, and user text stays literal text (pdfmake interprets no markup in strings).
 */
import type {
  Column,
  Content,
  ContentStack,
  ContentTable,
  ContentText,
  CustomTableLayout,
  TableCell,
  TDocumentDefinitions,
} from 'pdfmake/interfaces'
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

/** The font family name the definition uses; the caller registers the four TTF faces under it. */
export const RECORD_FONT = 'Tinos'

const MM = 72 / 25.4
const PAGE_WIDTH = 595.28
/** Nghị định 30/2020, Phụ lục I: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm. */
export const PAGE_MARGINS_MM = { top: 20, right: 15, bottom: 22, left: 30 } as const
const MARGINS: [number, number, number, number] = [
  PAGE_MARGINS_MM.left * MM,
  PAGE_MARGINS_MM.top * MM,
  PAGE_MARGINS_MM.right * MM,
  PAGE_MARGINS_MM.bottom * MM,
]
const TEXT_WIDTH = PAGE_WIDTH - MARGINS[0] - MARGINS[2]

export const BODY_SIZE = 13
const TABLE_SIZE = 12
const SMALL_SIZE = 11
/**
 * A heading over a table or photos starting below this share of the page's text height goes to
 * the next page, so at least the table's header and first rows stand under it.
 */
const HEADING_OVER_TABLE_LIMIT = 0.78
/** `headlineLevel` marks: a heading over running text, a heading over a table or photos. */
const HEADING = 1
const HEADING_OVER_TABLE = 2
/** First-line indent of running text, 1 cm. */
const INDENT = 10 * MM

/** Left block of the heading (governing body, issuer, number); the motto block takes the rest. */
const HEAD_LEFT = 200
const HEAD_RIGHT = TEXT_WIDTH - HEAD_LEFT
/** "Độc lập - Tự do - Hạnh phúc" in Tinos Bold 13 pt is 159 pt wide; the rule under it matches. */
const MOTTO_RULE = 159
/** The rule under the summary: a third of the line (Nghị định 30/2020: 1/3 to 1/2). */
const SUMMARY_RULE = TEXT_WIDTH / 3
/** Space between paragraphs (Nghị định 30/2020: at least 6 pt). */
const PARAGRAPH_GAP = 6
/** Page numbers: 13 pt, centred in the top margin. */
const PAGE_NUMBER_SIZE = 13

/**
 * Photo boxes by size (width × height of the picture; code and caption go under it): `small` two to
 * a row and three rows to a page, `half` the text's width and two to a page, `full` a page.
 */
const PHOTO_BOX = {
  small: { width: 76 * MM, height: 60 * MM },
  half: { width: TEXT_WIDTH, height: 100 * MM },
  full: { width: TEXT_WIDTH, height: 205 * MM },
} as const


/** A centred rule of `length` in a block `width` wide (under the issuer, the motto and the summary). */
function rule(width: number, length: number, top = 3): Content {
  const x1 = Math.max(0, (width - length) / 2)
  return { canvas: [{ type: 'line', x1, y1: 0, x2: x1 + Math.min(length, width), y2: 0, lineWidth: 0.7 }], margin: [0, top, 0, 0] }
}

/**
 * A word that has a break opportunity inside it ("4725/QĐ-BGDĐT", "2025-2026"). pdfmake splits
 * text at every break opportunity and, when justifying, spreads the spare space over all the
 * pieces, which prints "4725/ QĐ- BGDĐT". Such words are kept whole (up to a length that still
 * fits a line).
 */
const JOINED_WORD = /^[^\s]*[^\s/\-–][/\-–][^\s]+\s*$/
const MAX_JOINED = 32

function runs(rs: readonly RecordRun[], justified = false): Content[] {
  const out: Content[] = []
  for (const r of rs) {
    const style = { ...(r.bold ? { bold: true } : {}), ...(r.italics ? { italics: true } : {}) }
    if (!justified) {
      out.push({ text: r.text, ...style })
      continue
    }
    let plain = ''
    for (const token of r.text.match(/\s+|\S+\s*/g) ?? []) {
      if (JOINED_WORD.test(token) && token.trim().length <= MAX_JOINED) {
        if (plain) out.push({ text: plain, ...style })
        plain = ''
        out.push({ text: token, noWrap: true, ...style })
      } else plain += token
    }
    if (plain || r.text === '') out.push({ text: plain, ...style })
  }
  return out
}

function header(h: RecordHeader): Content {
  return {
    columns: [
      {
        width: HEAD_LEFT,
        stack: [
          { text: h.governingBody, fontSize: 12, alignment: 'center' },
          { text: h.issuer, fontSize: 12, bold: true, alignment: 'center' },
          rule(HEAD_LEFT, Math.min(HEAD_LEFT * 0.45, 80)),
          // A form issued without a number (a checklist) prints none.
          ...(h.number ? [{ text: h.number, fontSize: BODY_SIZE, alignment: 'center', margin: [0, 6, 0, 0] } satisfies Content] : []),
        ],
      },
      {
        width: HEAD_RIGHT,
        stack: [
          { text: h.motto[0], fontSize: 12, bold: true, alignment: 'center' },
          { text: h.motto[1], fontSize: BODY_SIZE, bold: true, alignment: 'center' },
          rule(HEAD_RIGHT, MOTTO_RULE),
          { text: h.placeDate, italics: true, alignment: 'center', margin: [0, 6, 0, 0] },
        ],
      },
    ],
    columnGap: 0,
    margin: [0, 0, 0, 14],
  }
}

function titleBlock(s: RecordSection): Content[] {
  const out: Content[] = [
    { text: s.title, bold: true, fontSize: 14, alignment: 'center', margin: [0, s.header ? 6 : 0, 0, 0] },
    { text: s.summary, bold: true, fontSize: BODY_SIZE, alignment: 'center', margin: [20, 0, 20, 0] },
    rule(TEXT_WIDTH, SUMMARY_RULE, 4),
  ]
  for (const line of s.subtitle)
    out.push({
      text: line,
      alignment: 'center',
      italics: s.header === null,
      margin: [20, 6, 20, 0],
    })
  out.push({ text: '', margin: [0, 0, 0, 8] })
  return out
}

const TABLE_LAYOUT: CustomTableLayout = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => '#555555',
  vLineColor: () => '#555555',
  paddingLeft: () => 3,
  paddingRight: () => 3,
  paddingTop: () => 2,
  paddingBottom: () => 2,
}

const ROW_FILL = { group: '#e8e8e8', total: '#f4f4f4' } as const

function table(t: RecordTable): Content {
  const size = t.small ? SMALL_SIZE : TABLE_SIZE
  const head: TableCell[] = t.header.map((h) => ({ text: h, bold: true, alignment: 'center', fillColor: '#dddddd' }))
  const body: TableCell[][] = t.rows.map((row) =>
    row.cells.map((cell, k) => {
      const col = t.columns[k]
      const c: TableCell = { text: cell, alignment: col?.align ?? 'left' }
      if (row.kind === 'group') Object.assign(c, { bold: true, fillColor: ROW_FILL.group })
      if (row.kind === 'total') Object.assign(c, { bold: true, fillColor: ROW_FILL.total })
      if (row.kind === 'criterion') Object.assign(c, { bold: true })
      if (row.kind === 'item' && k === 0) Object.assign(c, { margin: [6, 0, 0, 0] })
      return c
    }),
  )
  const node: ContentTable = {
    table: {
      headerRows: 1,
      // Never a header row alone at the foot of a page: it goes over with the first rows.
      keepWithHeaderRows: 2,
      dontBreakRows: true,
      widths: t.columns.map((c) => `${c.width}%`),
      body: [head, ...body],
    },
    layout: TABLE_LAYOUT,
    fontSize: size,
    margin: [0, 4, 0, 8],
  }
  return node
}

function photos(p: RecordPhotos, keys: ReadonlyMap<string, string>): Content {
  const cell = (ph: RecordPhotos['photos'][number]): TableCell => {
    const box = PHOTO_BOX[ph.size]
    const key = keys.get(ph.evidenceId)
    // A box of fixed height, so a portrait and a landscape photo side by side have their captions level.
    const picture: Content = {
      table: {
        widths: ['*'],
        heights: [box.height],
        body: [
          [
            key
              ? { image: key, fit: [box.width, box.height], alignment: 'center' }
              : { text: p.missingText, alignment: 'center', italics: true, margin: [0, box.height / 2 - 8, 0, 0] },
          ],
        ],
      },
      layout: key ? 'noBorders' : TABLE_LAYOUT,
    }
    return {
      stack: [
        picture,
        { text: ph.code, bold: true, fontSize: SMALL_SIZE, alignment: 'center', margin: [0, 3, 0, 0] },
        { text: ph.caption, fontSize: SMALL_SIZE, alignment: 'center' },
      ],
      margin: [0, 0, 0, 10],
    }
  }
  const rows: TableCell[][] = []
  for (const row of photoRows(p.photos))
    rows.push(row.length === 2 ? [cell(row[0]), cell(row[1])] : row[0].size === 'small' ? [cell(row[0]), { text: '' }] : [{ ...(cell(row[0]) as ContentStack), colSpan: 2 }, { text: '' }])
  return {
    table: { widths: ['50%', '50%'], dontBreakRows: true, body: rows },
    layout: 'noBorders',
    margin: [0, 4, 0, 0],
  }
}

function block(b: RecordBlock, keys: ReadonlyMap<string, string>, next?: RecordBlock): Content {
  switch (b.kind) {
    case 'heading':
      return {
        text: b.text,
        bold: true,
        italics: b.level === 2,
        headlineLevel: next?.kind === 'table' || next?.kind === 'photos' ? HEADING_OVER_TABLE : HEADING,
        margin: [0, b.level === 1 ? 8 : 4, 0, 3],
      }
    case 'paragraph':
      return {
        text: runs(b.runs, (b.align ?? 'justify') === 'justify'),
        alignment: b.align ?? 'justify',
        ...(b.indent ? { leadingIndent: INDENT } : {}),
        ...(b.small ? { fontSize: SMALL_SIZE } : {}),
        margin: [0, 0, 0, PARAGRAPH_GAP],
      }
    case 'list':
      return {
        stack: b.items.map((item) => ({
          columns: [
            { width: 12, text: b.marker },
            { width: '*', text: runs(item, true), alignment: 'justify' },
          ],
          columnGap: 0,
          margin: [b.nested ? INDENT * 1.8 : INDENT, 0, 0, PARAGRAPH_GAP],
        })),
      }
    case 'table':
      return table(b)
    case 'photos':
      return photos(b, keys)
  }
}

function signatureStack(s: RecordSignature): ContentStack {
  return {
    stack: [
      ...s.title.map((t) => ({ text: t, bold: true, alignment: 'center' as const })),
      { text: ' ', margin: [0, 0, 0, 62] },
      { text: s.name || ' ', bold: true, alignment: 'center' },
    ],
  }
}

/** The signature block, with the paragraph before it (`last`) so it is never alone on a page. */
function signatures(s: RecordSection, last?: Content): Content | null {
  if (s.signatures.length === 0 && !s.recipients) return null
  const recipients: ContentStack | ContentText = s.recipients
    ? {
        stack: [
          { text: s.recipients.label, bold: true, italics: true, fontSize: 12 },
          ...s.recipients.lines.map((l) => ({ text: l, fontSize: SMALL_SIZE })),
        ],
      }
    : { text: '' }
  const columns: Column[] =
    s.signatures.length === 1
      ? [
          { width: '50%', ...recipients },
          { width: '50%', ...signatureStack(s.signatures[0] as RecordSignature) },
        ]
      : s.signatures.map((sig) => ({ width: `${100 / s.signatures.length}%`, ...signatureStack(sig) }))
  const block: Content = { columns, columnGap: 8, margin: [0, 12, 0, 0] }
  return { stack: last ? [last, block] : [block], unbreakable: true }
}

/**
 * Page numbers as Nghị định 30/2020 puts them: centred in the top margin, counting from each
 * document's first page, which shows none. pdfmake lays the whole bundle out again after moving a
 * heading, and calls a section's header for its pages in order each time; a new layout starts at
 * page 1, so `layout` counts the layouts and each section notes its first page in the current one.
 */
function pageNumbers(): () => (page: number) => Content | null {
  const layout = { n: 0 }
  return () => {
    let seen = -1
    let start = 1
    return (page: number) => {
      if (page === 1) layout.n += 1
      if (seen !== layout.n) {
        seen = layout.n
        start = page
      }
      const n = page - start + 1
      return n <= 1
        ? null
        : { text: String(n), alignment: 'center', fontSize: PAGE_NUMBER_SIZE, margin: [0, MARGINS[1] / 2 - 7, 0, 0] }
    }
  }
}

function section(s: RecordSection, keys: ReadonlyMap<string, string>, pageHeader: (page: number) => Content | null): Content {
  const parts: Content[] = []
  if (s.header) parts.push(header(s.header))
  parts.push(...titleBlock(s))
  const body = s.body.map((b, k) => block(b, keys, s.body[k + 1]))
  const lastParagraph = s.body.at(-1)?.kind === 'paragraph' && (s.signatures.length > 0 || s.recipients) ? body.pop() : undefined
  parts.push(...body)
  const sig = signatures(s, lastParagraph)
  if (sig) parts.push(sig)
  // A section starts on a page of its own with its own header (the page numbers).
  return { section: parts, header: pageHeader }
}

/** The sections to print, in the record's order; all of them when none are named. */
export function selectSections(model: RecordModel, ids?: readonly RecordSectionId[]): RecordSection[] {
  return ids && ids.length > 0 ? model.sections.filter((s) => ids.includes(s.id)) : model.sections
}

/** Evidence ids of the photos the chosen sections print. */
export function photoIds(sections: readonly RecordSection[]): string[] {
  return sections.flatMap((s) => s.body.flatMap((b) => (b.kind === 'photos' ? b.photos.map((p) => p.evidenceId) : [])))
}

/** A pdfmake definition and the files (photos) it reads from pdfmake's virtual file system. */
export interface RecordPdfDefinition {
  definition: TDocumentDefinitions
  /** File name → bytes, to be written to pdfmake's virtual file system before rendering. */
  files: Map<string, ArrayBuffer>
}

/** A copy of the bytes in an ArrayBuffer of their own, as pdfkit reads images and fonts. */
export const ownBuffer = (bytes: Uint8Array): ArrayBuffer => bytes.slice().buffer

/**
 * The pdfmake definition of the record (or of the chosen sections). `images` maps an evidence id to
 * its photo's bytes; anything but a JPEG or PNG (a missing photo, a HEIC, junk) prints the model's
 * "missing" text instead, so nothing is ever fetched or read from disk on a photo's behalf.
 */
export function recordDocDefinition(
  model: RecordModel,
  images: ReadonlyMap<string, Uint8Array>,
  sections?: readonly RecordSectionId[],
): RecordPdfDefinition {
  const chosen = selectSections(model, sections)
  const dict: Record<string, string> = {}
  const files = new Map<string, ArrayBuffer>()
  const keys = new Map<string, string>()
  const numbers = pageNumbers()
  for (const id of photoIds(chosen)) {
    const bytes = images.get(id)
    const info = bytes ? printableImage(bytes) : null
    if (bytes && info && !keys.has(id)) {
      const key = `photo${keys.size}`
      const file = `chiso-${key}.${info.type === 'png' ? 'png' : 'jpg'}`
      keys.set(id, key)
      dict[key] = file
      files.set(file, ownBuffer(bytes))
    }
  }
  const definition: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: MARGINS,
    info: { title: model.title, author: model.author, subject: chosen.map((s) => s.name).join('; '), creator: 'chiso' },
    defaultStyle: { font: RECORD_FONT, fontSize: BODY_SIZE, lineHeight: 1.1 },
    images: dict,
    content: chosen.map((s) => section(s, keys, numbers())),
    // Keep a heading with what follows it: never the last line of a page. A table that moves on to
    // the next page keeps its header cells' first positions on this one, so a heading over a table
    // is moved by where it starts instead.
    pageBreakBefore: (node, queries) => {
      if (node.headlineLevel === HEADING_OVER_TABLE)
        return (node.startPosition?.verticalRatio ?? 0) > HEADING_OVER_TABLE_LIMIT
      return (
        node.headlineLevel === HEADING &&
        !queries.getFollowingNodesOnPage().some((n) => n.text !== undefined || n.image !== undefined)
      )
    },
  }
  return { definition, files }
}
