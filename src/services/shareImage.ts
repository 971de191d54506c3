import type { SummaryCard } from '@/domain'

/** Width of the shared picture: what Zalo and phones show full width without scaling up. */
export const SUMMARY_IMAGE_WIDTH = 1080
const PAD = 64
const BAND_COLORS = ['#fecaca', '#fde68a', '#a7f3d0', '#bfdbfe']
const FONT = 'system-ui, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", Arial, sans-serif'

function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word
    if (ctx.measureText(next).width > width && line) {
      lines.push(line)
      line = word
    } else line = next
  }
  if (line) lines.push(line)
  return lines
}

/** Draws the card and returns its lines' total height, so the canvas can be sized before the real draw. */
function draw(ctx: CanvasRenderingContext2D, card: SummaryCard, paint: boolean): number {
  const inner = SUMMARY_IMAGE_WIDTH - 2 * PAD
  let y = PAD
  const text = (s: string, size: number, weight: number, color: string, gap = 1.35) => {
    ctx.font = `${weight} ${size}px ${FONT}`
    ctx.fillStyle = color
    for (const l of wrap(ctx, s, inner)) {
      y += size * gap
      if (paint) ctx.fillText(l, PAD, y)
    }
  }
  text(card.school, 52, 700, '#111827')
  text(`${card.year} · ${card.set}`, 34, 400, '#4b5563')
  y += 24
  for (const g of card.groups) {
    text(g.title, 36, 700, '#111827')
    text(g.result, 40, 700, '#1e40af')
    y += 20
    if (paint) {
      const x = (v: number) => PAD + (Math.max(0, Math.min(v, g.max)) / g.max) * inner
      g.bands.forEach((b, i) => {
        ctx.fillStyle = BAND_COLORS[i % BAND_COLORS.length]!
        ctx.fillRect(x(b.min), y, x(b.max) - x(b.min), 40)
        ctx.fillStyle = '#374151'
        ctx.font = `600 26px ${FONT}`
        ctx.fillText(String(b.level), (x(b.min) + x(b.max)) / 2 - 8, y + 30)
      })
      ctx.fillStyle = '#1d4ed8'
      ctx.fillRect(PAD, y + 48, x(g.points) - PAD, 20)
    }
    y += 100
  }
  if (card.provisional) text(card.provisional, 30, 400, '#b45309')
  return y + PAD
}

/** The summary as a PNG picture with Vietnamese text, the school and the year on it. */
export async function summaryPng(card: SummaryCard): Promise<Blob> {
  const canvas = document.createElement('canvas')
  canvas.width = SUMMARY_IMAGE_WIDTH
  const measure = canvas.getContext('2d')
  if (!measure) throw new Error('canvas unavailable')
  canvas.height = Math.ceil(draw(measure, card, false))
  const ctx = canvas.getContext('2d')!
  ctx.fillStyle = '#ffffff'
  ctx.fillRect(0, 0, canvas.width, canvas.height)
  ctx.textBaseline = 'alphabetic'
  draw(ctx, card, true)
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob failed'))), 'image/png'),
  )
}
