/**
 * The school-portal record (`tt37-portal`): one document, the phiếu tự đánh giá cổng thông tin
 * điện tử — each content item of the set met or not met, the items met out of the total, what is
 * still missing, and the signatures. Built from the set's rows, so a district's own portal list
 * with this template prints the same way. In the form of Nghị định 30/2020/NĐ-CP, with no app talk.
 */
import { makeContext, type Context, type RecordInput } from './context'
import { b, fieldParagraphs, heading, inline, list, para, run } from './blocks'
import { deepClean } from './build'
import { defaultRecordFields, type DefaultRecordInput } from './defaults'
import { improvementTable } from './directions'
import { HEADER_AND_SIGNER_FIELDS, type RecordFieldGroup } from './fieldGroups'
import type { RecordFields } from './fields'
import { recordBaseName } from './files'
import type { RecordBlock, RecordModel, RecordRow, RecordSection, RecordTable } from './model'
import { cleanText, lines, parseDate, placeDateLine, upper } from './text'
import { headSignature } from './sections/common'
import { NATIONAL_MOTTO, PORTAL } from './wording'

export const PORTAL_FILE_STEM = 'phieu-tu-danh-gia-cong-thong-tin'

/** One item of the checklist as the form prints it. */
interface Line {
  id: string
  text: string
  /** True met, false not met, null not yet checked; `info` rows are not scored. */
  met: boolean | null
  info: boolean
  note: string
}

function checklistLines(ctx: Context): Line[] {
  const out: Line[] = []
  for (const { group } of ctx.groups)
    for (const criterion of group.criteria)
      for (const item of criterion.items) {
        const is = ctx.itemScores.get(item.id)
        const codes = ctx.evidenceByItem.get(item.id) ?? []
        const answer = ctx.answers.get(item.id)?.value
        const declared = item.kind === 'info' && typeof answer === 'string' ? cleanText(answer).trim() : ''
        const own = ctx.answers.get(item.id)?.note ? cleanText(ctx.answers.get(item.id)?.note ?? '').trim() : ''
        const met =
          item.kind === 'condition'
            ? (is?.met ?? null)
            : item.kind === 'points' && is?.answered && !is.invalid
              ? is.points >= item.max
              : null
        out.push({
          id: item.id,
          text: inline(item.text.vi),
          met: item.kind === 'info' ? null : met,
          info: item.kind === 'info',
          note: [item.kind === 'info' ? PORTAL.notScored : '', declared, own, codes.join(', ')].filter(Boolean).join('; '),
        })
      }
  return out
}

function checklistTable(rows: Line[], met: number, total: number): RecordTable {
  const mark = (yes: boolean) => (yes ? PORTAL.mark : '')
  const body: RecordRow[] = rows.map((l, k) => ({
    kind: 'plain',
    cells: [String(k + 1), l.id, l.text, l.info ? '' : mark(l.met === true), l.info ? '' : mark(l.met === false), l.note],
  }))
  body.push({ kind: 'total', cells: ['', '', PORTAL.totalRow, String(met), String(total - met), PORTAL.ofTotal(met, total)] })
  return {
    kind: 'table',
    small: true,
    columns: [
      { width: 6, align: 'center' },
      { width: 9, align: 'center' },
      { width: 47, align: 'left' },
      { width: 9, align: 'center' },
      { width: 9, align: 'center' },
      { width: 20, align: 'left' },
    ],
    header: [...PORTAL.tableHeader],
    rows: body,
  }
}

function checklistSection(ctx: Context): Omit<RecordSection, 'fileName'> {
  const f = ctx.input.fields
  const rows = checklistLines(ctx)
  const scored = rows.filter((l) => !l.info)
  const met = scored.filter((l) => l.met === true).length
  const unmet = scored.filter((l) => l.met === false)
  const open = scored.filter((l) => l.met === null)
  const url = cleanText(f.portalUrl).trim()
  const managing = cleanText(f.managingBody).trim()
  const plan = improvementTable(ctx)
  const set = ctx.input.set
  const subject = cleanText(set.title.vi).trim()
  const lowered = subject.charAt(0).toLocaleLowerCase('vi') + subject.slice(1)
  const body: RecordBlock[] = [
    para([i(PORTAL.basis(ctx.s.legal, ctx.s.setTitle))]),
    para(PORTAL.intro(ctx.s.name, url)),
    heading(1, PORTAL.resultHeading),
    checklistTable(rows, met, scored.length),
    heading(1, PORTAL.summaryHeading),
    para([run(PORTAL.metText(ctx.s.name)), b(PORTAL.ofTotal(met, scored.length)), run(PORTAL.metTail(lowered))]),
    ...(unmet.length > 0 ? [para(PORTAL.unmetIntro, { indent: true }), list(unmet.map((l) => `${l.id}: ${l.text}.`))] : []),
    ...(open.length > 0 ? [para(PORTAL.openText(open.map((l) => l.id).join(', ')))] : []),
    heading(1, PORTAL.actionsHeading),
    ...(plan ? [plan] : []),
    ...fieldParagraphs(f.proposals),
  ]
  const preparer = cleanText(f.preparedBy).trim()
  return {
    id: 'checklist',
    name: PORTAL.name,
    header: {
      governingBody: upper(f.governingBody),
      issuer: upper(ctx.s.name),
      number: '',
      motto: NATIONAL_MOTTO,
      placeDate: placeDateLine(f.place, f.checklistDate),
    },
    title: PORTAL.title,
    summary: PORTAL.summary(ctx.s.year),
    subtitle: managing ? [PORTAL.to(managing)] : [],
    body,
    // Two signatures side by side, as a form has them; a form has no "Nơi nhận".
    signatures: [{ title: [PORTAL.preparer], name: preparer }, headSignature(ctx)],
    recipients: null,
  }
}

const i = (text: string) => run(text, { italics: true })

/** The checklist as a document model (pure: the same input gives the same model). */
export function buildPortalRecord(input: RecordInput): RecordModel {
  const ctx = makeContext(input)
  const fileName = recordBaseName(PORTAL_FILE_STEM, ctx.abbr, ctx.s.year)
  return deepClean({
    lang: 'vi',
    title: PORTAL.recordTitle(ctx.s.name, ctx.s.year),
    author: ctx.s.name,
    fileName,
    sections: [{ ...checklistSection(ctx), fileName }],
    photoCount: 0,
  } satisfies RecordModel)
}

/** The 4725 defaults for what the two share (bodies, place, signer), with the checklist's own. */
export function defaultPortalFields(input: DefaultRecordInput): RecordFields {
  return {
    ...defaultRecordFields(input),
    checklistDate: '',
    proposals: PORTAL.defaultActions,
  }
}

/** Blank on the form: the date (a line to fill by hand) and the portal's address. */
export function portalBlanks(f: RecordFields): (keyof RecordFields)[] {
  return [
    ...(parseDate(f.checklistDate) ? [] : (['checklistDate'] as const)),
    ...(f.portalUrl.trim() ? [] : (['portalUrl'] as const)),
    ...(lines(f.preparedBy).length ? [] : (['preparedBy'] as const)),
  ]
}

export const PORTAL_FIELD_GROUPS: readonly RecordFieldGroup[] = [
  { id: 'dates', fields: [{ key: 'checklistDate', kind: 'date' }] },
  {
    id: 'common',
    fields: [...HEADER_AND_SIGNER_FIELDS],
  },
  {
    id: 'checklist',
    fields: [
      { key: 'portalUrl', kind: 'text', hint: 'portalUrl' },
      { key: 'preparedBy', kind: 'text', hint: 'person' },
      { key: 'proposals', kind: 'multiline', hint: 'paragraphs' },
    ],
  },
]
