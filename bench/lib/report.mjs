// The results: a table on the console, bench/RESULTS.md, and raw JSON in .bench/.
import { HEADER, cells, fmt } from './figure.mjs'

/** @param {string[][]} rows */
function plainTable(rows) {
  const widths = HEADER.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)))
  return rows.map((r) => r.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd()).join('\n')
}

/** @param {import('./figure.mjs').Row[]} rows */
export function consoleTable(rows) {
  // Reasons for "not measured" are listed under the table, to keep its columns narrow.
  const body = rows.map((r) => {
    const c = cells(r)
    if (r.notMeasured) c[1] = 'not measured (below)'
    return c
  })
  const header = HEADER
  const sep = HEADER.map(() => '')
  const all = [header, sep, ...body]
  const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)))
  all[1] = widths.map((w) => '-'.repeat(w))
  return plainTable(all)
}

/** @param {string} s */
const md = (s) => s.replace(/\|/g, '\\|')

/** @param {import('./figure.mjs').Row[]} rows */
export function markdownTable(rows) {
  const lines = [`| ${HEADER.join(' | ')} |`, `|${HEADER.map(() => '---').join('|')}|`]
  for (const r of rows) {
    const c = cells(r)
    if (r.notMeasured || !r.value) lines.push(`| ${md(c[0] ?? '')} | ${md(c[1] ?? '')} | | | | | | ${md(c[7] ?? '')} | – |`)
    else lines.push(`| ${c.map(md).join(' | ')} |`)
  }
  return lines.join('\n')
}

/**
 * @param {{ path: string, raw: number, gzip: number, transfer: number | null }[]} files
 */
export function filesTable(files) {
  const lines = ['| file | gzip -9 | raw | transferred |', '|---|---|---|---|']
  for (const f of files)
    lines.push(`| \`${f.path}\` | ${fmt(f.gzip / 1024, 'KB')} | ${fmt(f.raw / 1024, 'KB')} | ${f.transfer === null ? '–' : fmt(f.transfer / 1024, 'KB')} |`)
  return lines.join('\n')
}

/** "figure: reason" for every row that was not measured. @param {import('./figure.mjs').Row[]} rows */
export function notMeasuredList(rows) {
  return rows.filter((r) => r.notMeasured).map((r) => `${r.figure}: not measured: ${r.notMeasured ?? ''}`)
}
