/** Parts every administrative document of the record shares: its heading, signature and recipients. */
import type { Context } from '../context'
import { documentNumber, NUMBER_FIELDS, type DocumentKind } from '../defaults'
import type { RecordHeader, RecordRecipients, RecordSection, RecordSignature } from '../model'
import { cleanText, lines, placeDateLine, upper } from '../text'
import { NATIONAL_MOTTO, W } from '../wording'

/** A document as its section builder makes it; the assembly adds its file name. */
export type SectionDraft = Omit<RecordSection, 'fileName'>

/** The number and symbol of one of the record's documents, as printed after "Số:" and in references. */
export const numberOf = (ctx: Context, kind: DocumentKind) =>
  documentNumber(ctx.input.fields[NUMBER_FIELDS[kind]], kind, ctx.abbr)

export function header(ctx: Context, kind: DocumentKind, date: string): RecordHeader {
  const f = ctx.input.fields
  return {
    governingBody: upper(f.governingBody),
    issuer: upper(ctx.s.name),
    number: W.number(numberOf(ctx, kind)),
    motto: NATIONAL_MOTTO,
    placeDate: placeDateLine(f.place, date),
  }
}

/** The head signs, or the deputy for the head ("KT. HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG") when the school chose so. */
export function headSignature(ctx: Context): RecordSignature {
  const head = upper(ctx.s.head)
  const f = ctx.input.fields
  return f.signer === 'deputy'
    ? { title: [W.signsFor(head), W.deputy(head)], name: cleanText(f.deputyName).trim() }
    : { title: [head], name: ctx.headName }
}

/** The principal's recipients, after the ones the form always has unless the principal listed them. */
export function recipients(text: string, first: string[] = []): RecordRecipients {
  const own = lines(text)
  const key = (l: string) => l.replace(/^- |;$/g, '').toLocaleLowerCase('vi')
  const extra = first.filter((l) => !own.some((o) => o.toLocaleLowerCase('vi').includes(key(l))))
  return { label: W.recipients, lines: [...extra, ...own] }
}
