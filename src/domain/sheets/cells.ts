/**
 * Spreadsheet cells as the desk reads them: addresses (`C7`), plain text from whatever a cell
 * holds, a matching key that ignores case, accents and spacing, and a CSV reader (RFC 4180, the
 * separator guessed from the first line, as Excel writes it in Vietnamese locales: `,` or `;`).
 */

/** What a spreadsheet cell can hold once read (dates are turned into text by the reader). */
export type Cell = string | number | boolean | null | undefined

/** `0` → `A`, `25` → `Z`, `26` → `AA`. */
export function columnLetter(index: number): string {
  let n = index + 1
  let s = ''
  while (n > 0) {
    const r = (n - 1) % 26
    s = String.fromCharCode(65 + r) + s
    n = Math.floor((n - 1) / 26)
  }
  return s
}

/** The address of a cell as a spreadsheet shows it: column letter and 1-based row, e.g. `C7`. */
export function cellAddress(rowIndex: number, columnIndex: number): string {
  return `${columnLetter(columnIndex)}${rowIndex + 1}`
}

/** A cell as trimmed NFC text with runs of spaces made one; numbers as written (`12345`). */
export function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return ''
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : ''
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE'
  return cell.normalize('NFC').replace(/\s+/g, ' ').trim()
}

/** A key for comparing what people type: no accents, `đ` as `d`, lower case, words split by one space. */
export function matchKey(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/&/g, ' va ')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

export type CsvResult = { ok: true; rows: string[][] } | { ok: false; line: number; detail: string }

/**
 * Reads CSV text (a leading byte-order mark is dropped). Fields may be quoted, with `""` for a
 * quote and line breaks inside quotes; the separator is the first of `,`, `;` or tab found outside
 * quotes on the first line. Never throws.
 */
export function parseCsv(text: string): CsvResult {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const sep = guessSeparator(src)
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  let line = 1
  let quoteLine = 0
  let i = 0
  const endField = () => {
    row.push(field)
    field = ''
  }
  const endRow = () => {
    endField()
    rows.push(row)
    row = []
  }
  while (i < src.length) {
    const ch = src[i] as string
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          field += '"'
          i += 2
          continue
        }
        quoted = false
        i++
        continue
      }
      if (ch === '\n') line++
      field += ch
      i++
      continue
    }
    if (ch === '"' && field === '') {
      quoted = true
      quoteLine = line
      i++
    } else if (ch === sep) {
      endField()
      i++
    } else if (ch === '\r' || ch === '\n') {
      endRow()
      line++
      i += ch === '\r' && src[i + 1] === '\n' ? 2 : 1
    } else {
      field += ch
      i++
    }
  }
  if (quoted) return { ok: false, line: quoteLine, detail: 'a quoted field is never closed' }
  if (field !== '' || row.length) endRow()
  return { ok: true, rows }
}

function guessSeparator(src: string): string {
  let quoted = false
  for (const ch of src) {
    if (ch === '"') quoted = !quoted
    else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) return ch
    else if (!quoted && (ch === '\n' || ch === '\r')) break
  }
  return ','
}

/**
 * One field as CSV writes it: quoted when it holds a separator, a quote or a line break. Text that
 * a spreadsheet would take for a formula (a leading = + - @) is kept text with a leading apostrophe.
 */
export function csvField(value: string | number | boolean | null): string {
  const raw = value === null ? '' : String(value)
  const s = typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : raw
  return s !== raw || /[",;\r\n\t]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

/**
 * CSV text for Excel: a byte-order mark (so Excel reads UTF-8 and Vietnamese shows right), comma
 * separated, CRLF line ends.
 */
export function writeCsv(rows: readonly (readonly (string | number | boolean | null)[])[]): string {
  return `\ufeff${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`
}
