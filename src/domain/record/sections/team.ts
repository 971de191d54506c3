/** Quyết định thành lập tổ công tác: the head forms the team (Điều 1, with its members), its duties (Điều 2). */
import { b, i, para, run } from '../blocks'
import type { Context } from '../context'
import { documentNumber } from '../defaults'
import type { RecordBlock, RecordHeader } from '../model'
import { cleanText, placeDateLine, upper } from '../text'
import { DECISION, NATIONAL_MOTTO, TEAM_DECISION, W } from '../wording'
import { charterBasis } from './decision'
import { headSignature, recipients, type SectionDraft } from './common'
import { teamBlock } from './plan'

/** The decision's number ("…/QĐ-THVT" until the clerk gives one). */
export const teamDecisionNumber = (ctx: Context) => documentNumber(ctx.input.fields.teamDecisionNumber, 'decision', ctx.abbr)

/** Its date: the one entered, else the plan's (the team is formed when the plan is issued). */
export const teamDecisionDate = (ctx: Context) => {
  const f = ctx.input.fields
  return cleanText(f.teamDecisionDate).trim() || f.planDate
}

export function teamSection(ctx: Context): SectionDraft {
  const f = ctx.input.fields
  const charter = charterBasis(ctx.input.school)
  const { people, table } = teamBlock(ctx)
  const header: RecordHeader = {
    governingBody: upper(f.governingBody),
    issuer: upper(ctx.s.name),
    number: W.number(teamDecisionNumber(ctx)),
    motto: NATIONAL_MOTTO,
    placeDate: placeDateLine(f.place, teamDecisionDate(ctx)),
  }
  const body: RecordBlock[] = [
    para([b(DECISION.authority(upper(ctx.s.head), upper(ctx.s.name)))], { align: 'center', indent: false }),
    para([i(DECISION.basisSet(ctx.s))]),
    ...(charter ? [para([i(charter)])] : []),
    para([i(TEAM_DECISION.basisSituation)]),
    para([b(DECISION.decides)], { align: 'center', indent: false }),
    para([b(DECISION.article1), run(TEAM_DECISION.article1Text(ctx.s))]),
    ...(people > 0 ? [table] : [para(TEAM_DECISION.teamLater)]),
    para([b(DECISION.article2), run(TEAM_DECISION.article2Text(ctx.s))]),
    para([b(DECISION.article3), run(TEAM_DECISION.article3Text)]),
  ]
  return {
    id: 'team',
    name: TEAM_DECISION.name,
    header,
    title: TEAM_DECISION.title,
    summary: TEAM_DECISION.summary(ctx.s),
    subtitle: [],
    body,
    signatures: [headSignature(ctx)],
    recipients: recipients(f.recipients, [W.recipientsAsArticle3]),
  }
}
