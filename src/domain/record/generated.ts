/**
 * Paragraphs the record writes from the score (the report's strengths, weaknesses and targets) and
 * the principal's rewrite of them. The generated points are offered on the phone as text, one point
 * per line after a dash; what she writes instead is printed as she wrote it, and blank (or the
 * generated text unchanged) prints the generated points.
 */
import { list, para } from './blocks'
import type { RecordFields } from './fields'
import type { RecordBlock } from './model'
import { lines } from './text'

/** A generated list of points, and the sentence printed instead when there are none. */
export interface GeneratedPoints {
  items: string[]
  none?: string
}

/** The report's fields that hold a rewrite of generated points. */
export const GENERATED_FIELDS = ['strengths', 'weaknesses', 'directions'] as const satisfies readonly (keyof RecordFields)[]
export type GeneratedField = (typeof GENERATED_FIELDS)[number]

/** The points as the phone shows them: "- point" per line, or the sentence for none. */
export function generatedText(g: GeneratedPoints): string {
  return g.items.length > 0 ? g.items.map((it) => `- ${it}`).join('\n') : (g.none ?? '')
}

const MARKER = /^[-–—+•]\s*/u

/** The principal's text as blocks: lines after a dash as one list, other lines as paragraphs. */
function ownBlocks(text: string): RecordBlock[] {
  const out: RecordBlock[] = []
  let points: string[] = []
  const flush = () => {
    if (points.length > 0) out.push(list(points))
    points = []
  }
  for (const l of lines(text)) {
    if (MARKER.test(l)) points.push(l.replace(MARKER, ''))
    else {
      flush()
      out.push(para(l))
    }
  }
  flush()
  return out
}

/** What prints: the generated points, unless the principal wrote something else. */
export function pointsBlocks(g: GeneratedPoints, own: string): RecordBlock[] {
  const typed = lines(own).join('\n')
  if (typed !== '' && typed !== lines(generatedText(g)).join('\n')) return ownBlocks(typed)
  if (g.items.length > 0) return [list(g.items)]
  return g.none ? [para(g.none)] : []
}
