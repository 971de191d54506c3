/** Kế hoạch tự kiểm tra, đánh giá: purpose, scope, timeline, the team and what the record holds. */
import type { Member } from '../../model'
import { fieldParagraphs, heading, i, list, para } from '../blocks'
import type { Context } from '../context'
import { parseAttendee } from '../defaults'
import type { RecordBlock, RecordTable } from '../model'
import { groupName, levelRules } from '../results'
import { teamTable } from '../tables'
import { cleanText, compareNatural, formatPoints, lines } from '../text'
import { PLAN, TEAM_DECISION, W } from '../wording'
import { header, headSignature, recipients, type SectionDraft } from './common'

/** The team as the plan and the decision forming it print it: name, title, duty, criteria answered for. */
export function teamBlock(ctx: Context): { people: number; table: RecordTable } {
  const f = ctx.input.fields
  const people = lines(f.attendees).map(parseAttendee)
  const memberByName = new Map(ctx.input.members.map((m) => [cleanText(m.name).trim(), m]))
  const criteriaOf = (m: Member | undefined) => {
    if (!m) return ''
    const ids = new Set(m.itemIds.map((itemId) => ctx.items.get(itemId)?.criterion.id ?? itemId))
    return [...ids].sort(compareNatural).join(', ')
  }
  const chair = cleanText(f.chair).trim()
  const secretary = cleanText(f.secretary).trim()
  const deputy = cleanText(f.deputyLead).trim()
  const team = teamTable(
    people.map((p) => {
      const duty =
        p.name === chair ? W.teamLeader : deputy && p.name === deputy ? W.teamDeputy : p.name === secretary ? W.teamSecretary : W.teamMember
      const assigned = criteriaOf(memberByName.get(p.name))
      return { name: p.name, title: p.title, duty, criteria: assigned || (duty === W.teamLeader ? W.teamLeaderDuty : '') }
    }),
  )
  return { people: people.length, table: team }
}

export function planSection(ctx: Context): SectionDraft {
  const f = ctx.input.fields
  const { people, table: team } = teamBlock(ctx)
  const body: RecordBlock[] = [
    para([i(PLAN.basisSet(ctx.s))]),
    para([i(PLAN.basisSituation)]),
    para(PLAN.intro(ctx.s)),
    heading(1, PLAN.purposeHeading),
    ...fieldParagraphs(f.purpose),
    heading(1, PLAN.scopeHeading),
    para(PLAN.scope(ctx.s, ctx.groups.length)),
    list(ctx.groups.map(({ group }) => PLAN.groupLine(groupName(group), group.criteria.length, formatPoints(group.max ?? 0)))),
    ...levelRules(ctx),
    heading(1, PLAN.timelineHeading),
    ...fieldParagraphs(f.timeline),
    heading(1, PLAN.teamHeading),
    ...(people > 0 ? [team] : [para(PLAN.teamLater)]),
    heading(1, PLAN.recordHeading),
    list([...(f.teamDecision === 'yes' ? [TEAM_DECISION.recordItem] : []), ...PLAN.recordItems(ctx.s)]),
    para(PLAN.closing(ctx.s)),
  ]
  return {
    id: 'plan',
    name: PLAN.name(ctx.s),
    header: header(ctx, 'plan', f.planDate),
    title: PLAN.title,
    summary: PLAN.summary(ctx.s),
    subtitle: [],
    body,
    signatures: [headSignature(ctx)],
    recipients: recipients(f.recipients, [W.recipientsToTeam]),
  }
}
