/**
 * Small constructors for the record's blocks (paragraphs, headings, lists), so the documents read
 * as a list of what they print.
 */
import type { RecordAlign, RecordBlock, RecordRun } from './model'
import { cleanText, lines } from './text'

export const run = (text: string, style: Omit<RecordRun, 'text'> = {}): RecordRun => ({ text, ...style })
export const b = (text: string) => run(text, { bold: true })
export const i = (text: string) => run(text, { italics: true })

export const para = (
  runs: string | RecordRun[],
  opts: { indent?: boolean; align?: RecordAlign; small?: boolean } = {},
): RecordBlock => ({
  kind: 'paragraph',
  runs: typeof runs === 'string' ? [run(runs)] : runs,
  align: opts.align ?? 'justify',
  indent: opts.indent ?? true,
  ...(opts.small ? { small: true } : {}),
})

export const heading = (level: 1 | 2, text: string): RecordBlock => ({ kind: 'heading', level, text })

/** A multi-line field as paragraphs, one per line, the user's own dashes kept. */
export const fieldParagraphs = (text: string): RecordBlock[] => lines(text).map((l) => para(l))

export const list = (items: (string | RecordRun[])[]): RecordBlock => ({
  kind: 'list',
  marker: '-',
  items: items.map((it) => (typeof it === 'string' ? [run(it)] : it)),
})

/** Drops a trailing colon from a title used inside a sentence ("Triển khai phần mềm…:"). */
export const inline = (s: string) => cleanText(s).trim().replace(/[:：]\s*$/u, '')
