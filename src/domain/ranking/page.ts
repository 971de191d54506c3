/**
 * The published result as one self-contained web page a district can put on its portal: the
 * notice's heading, its tables per school kind and the level counts with a bar chart drawn in
 * SVG. Plain HTML and CSS, no script, no outside resource; every text is escaped.
 */
import type { RecordBlock, RecordModel, RecordRow, RecordTable } from '../record/model'

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
/** Text as HTML text: nothing in it is read as markup. */
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESC[c] as string)

const COLOURS = ['#b3261e', '#b45309', '#8a6d00', '#3f7d20', '#1b6e3a']
const colour = (k: number, n: number) => COLOURS[n <= 1 ? 4 : Math.min(4, Math.round((k * 4) / (n - 1)))] as string

function table(t: RecordTable): string {
  const head = t.header.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')
  // The cell that names a row (the school; the kind of school in the level table) heads it; a
  // group's title row is not a row of data.
  const heads = (r: RecordRow, k: number) => k === t.rowHeader && r.kind !== 'group'
  const rows = t.rows
    .map((r) => `<tr class="${r.kind}">${r.cells.map((c, k) => (heads(r, k) ? `<th scope="row">${escapeHtml(c)}</th>` : `<td>${escapeHtml(c)}</td>`)).join('')}</tr>`)
    .join('\n')
  return `<div class="wrap"><table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows}\n</tbody></table></div>`
}

/** Stacked bars of the whole unit's row of each group in a level table (the rows marked `total`). */
function chart(t: RecordTable): string {
  const levels = t.header.slice(1, -1)
  const groups: { name: string; counts: number[] }[] = []
  let name = ''
  for (const r of t.rows) {
    if (r.kind === 'group') name = r.cells[0] ?? ''
    if (r.kind === 'total') groups.push({ name, counts: r.cells.slice(1, -1).map((c) => Number(c) || 0) })
  }
  if (groups.length === 0) return ''
  const W = 600
  const ROW = 46
  const bars = groups
    .map((g, i) => {
      const total = g.counts.reduce((a, b) => a + b, 0)
      let x = 0
      const segs = g.counts
        .map((c, k) => {
          const w = total ? (c / total) * W : 0
          const seg = w > 0 ? `<rect x="${x.toFixed(1)}" y="${i * ROW + 18}" width="${w.toFixed(1)}" height="20" fill="${colour(k, levels.length)}"><title>${escapeHtml(`${levels[k] ?? ''}: ${c}`)}</title></rect>` : ''
          x += w
          return seg
        })
        .join('')
      return `<text x="0" y="${i * ROW + 13}">${escapeHtml(g.name)}</text>${segs}`
    })
    .join('\n')
  const legend = levels.map((l, k) => `<li><span style="background:${colour(k, levels.length)}"></span>${escapeHtml(l)}</li>`).join('')
  return `<figure><svg viewBox="0 0 ${W} ${groups.length * ROW}" role="img" aria-label="${escapeHtml(t.header[0] ?? '')}">${bars}</svg><ul class="legend">${legend}</ul></figure>`
}

function block(b: RecordBlock): string {
  switch (b.kind) {
    case 'heading':
      return `<h2>${escapeHtml(b.text)}</h2>`
    case 'paragraph':
      return `<p${b.small ? ' class="small"' : ''}>${b.runs.map((r) => escapeHtml(r.text)).join('')}</p>`
    case 'list':
      return `<ul>${b.items.map((i) => `<li>${i.map((r) => escapeHtml(r.text)).join('')}</li>`).join('')}</ul>`
    case 'table':
      return (b.rows.some((r) => r.kind === 'group') ? chart(b) : '') + table(b)
    case 'photos':
      return ''
  }
}

const CSS = `body{font-family:"Times New Roman",Tinos,serif;max-width:60rem;margin:0 auto;padding:1rem;line-height:1.4;color:#111}
header{display:flex;flex-wrap:wrap;justify-content:space-between;gap:1rem;text-align:center}
header p{margin:.1rem 0}h1{text-align:center;font-size:1.4rem;margin:1.5rem 0 .2rem}.summary{text-align:center;font-weight:bold;margin-top:0}
h2{font-size:1.1rem;margin-top:1.5rem}.wrap{overflow-x:auto}table{border-collapse:collapse;width:100%;font-size:.95rem}
th,td{border:1px solid #777;padding:.2rem .4rem;text-align:left}thead th{background:#e5e5e5}tr.group td{background:#eee;font-weight:bold}tr.total td,tr.total th{font-weight:bold}
td:first-child{text-align:center}.small{font-size:.9rem;font-style:italic}svg{width:100%;height:auto;font-size:13px}figure{margin:1rem 0}
.legend{display:flex;flex-wrap:wrap;gap:.3rem 1rem;list-style:none;padding:0}.legend span{display:inline-block;width:.8rem;height:.8rem;margin-right:.3rem}
footer{margin-top:2rem;display:flex;justify-content:flex-end;text-align:center}`

/** The page: the notice model as HTML (recipients left out: they are for paper). */
export function rankingPage(model: RecordModel): string {
  const s = model.sections[0]
  if (!s) return ''
  const h = s.header
  const head = h
    ? `<header><div><p>${escapeHtml(h.governingBody)}</p><p><strong>${escapeHtml(h.issuer)}</strong></p><p>${escapeHtml(h.number)}</p></div>` +
      `<div><p><strong>${escapeHtml(h.motto[0])}</strong></p><p><strong>${escapeHtml(h.motto[1])}</strong></p><p><em>${escapeHtml(h.placeDate)}</em></p></div></header>`
    : ''
  const body = s.body.map((b) => block(b)).join('\n')
  const sign = s.signatures.map((g) => `<div>${g.title.map((l) => `<p><strong>${escapeHtml(l)}</strong></p>`).join('')}<p><strong>${escapeHtml(g.name)}</strong></p></div>`).join('')
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(model.title)}</title>
<style>${CSS}</style>
</head>
<body>
${head}
<h1>${escapeHtml(s.title)}</h1>
<p class="summary">${escapeHtml(s.summary)}</p>
${body}
<footer>${sign}</footer>
</body>
</html>
`
}
