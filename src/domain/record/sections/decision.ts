/** Quyết định phê duyệt kết quả tự đánh giá: the head approves the result (Điều 1–3). */
import type { School } from '../../model'
import { b, i, list, para, run } from '../blocks'
import type { Context } from '../context'
import type { RecordBlock } from '../model'
import { conditionSentences, groupResultRuns } from '../results'
import { cleanText, shortDate, upper } from '../text'
import { CHARTERS, DECISION, W } from '../wording'
import { header, headSignature, numberOf, recipients, type SectionDraft } from './common'

/** The school charter the head acts under, for the school kinds whose charter is certain. */
export function charterBasis(school: School): string | null {
  switch (school.kind) {
    case 'tieu-hoc':
      return CHARTERS.primary
    case 'thcs':
    case 'thpt':
    case 'lien-cap':
      return CHARTERS.secondary
    default:
      return null
  }
}

export function decisionSection(ctx: Context): SectionDraft {
  const f = ctx.input.fields
  const managing = cleanText(f.managingBody).trim() || DECISION.managingFallback
  const charter = charterBasis(ctx.input.school)
  const body: RecordBlock[] = [
    para([b(DECISION.authority(upper(ctx.s.head), upper(ctx.s.name)))], { align: 'center', indent: false }),
    para([i(DECISION.basisSet(ctx.s))]),
    ...(charter ? [para([i(charter)])] : []),
    para([i(DECISION.basisPlan(ctx.s, numberOf(ctx, 'plan'), shortDate(f.planDate)))]),
    para([i(DECISION.basisMinutes(numberOf(ctx, 'minutes'), shortDate(f.minutesDate)))]),
    para([i(DECISION.proposedBy)]),
    para([b(DECISION.decides)], { align: 'center', indent: false }),
    para([b(DECISION.article1), run(DECISION.article1Text(ctx.s))]),
    list(ctx.groups.map(({ group, score: gs }) => groupResultRuns(group, gs))),
    ...ctx.groups.flatMap(({ score: gs }) => {
      const c = conditionSentences(ctx, gs)
      return c.length > 0 ? [list(c)] : []
    }),
    para(DECISION.details),
    para([b(DECISION.article2), run(DECISION.article2Text(managing))]),
    para([b(DECISION.article3), run(DECISION.article3Text)]),
  ]
  return {
    id: 'decision',
    name: DECISION.name,
    header: header(ctx, 'decision', f.decisionDate),
    title: DECISION.title,
    summary: DECISION.summary(ctx.s),
    subtitle: [],
    body,
    signatures: [headSignature(ctx)],
    recipients: recipients(f.recipients, [W.recipientsAsArticle3]),
  }
}
