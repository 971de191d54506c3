/** Báo cáo kết quả tự đánh giá: what was done, the results, strengths, weaknesses, difficulties, proposals. */
import { fieldParagraphs, heading, list, para } from '../blocks'
import type { Context } from '../context'
import { directionBlocks } from '../directions'
import type { RecordBlock } from '../model'
import { pointsBlocks } from '../generated'
import { groupResults, scoreNotes, strengthPoints, weaknessPoints } from '../results'
import { groupTable } from '../tables'
import { cleanText, lines, shortDate } from '../text'
import { REPORT } from '../wording'
import { header, headSignature, numberOf, recipients, type SectionDraft } from './common'

export function reportSection(ctx: Context): SectionDraft {
  const f = ctx.input.fields
  const { members } = ctx.input
  const photos = ctx.evidence.filter((e) => e.kind === 'photo').length
  const managing = cleanText(f.managingBody).trim()
  const body: RecordBlock[] = [
    para(REPORT.intro(ctx.s)),
    heading(1, REPORT.workHeading),
    list([
      REPORT.workPlan(ctx.s, numberOf(ctx, 'plan'), shortDate(f.planDate)),
      REPORT.workTeam(Math.max(lines(f.attendees).length, members.length)),
      REPORT.workEvidence(ctx.evidence.length, photos),
      REPORT.workMeeting(shortDate(f.minutesDate), numberOf(ctx, 'minutes')),
    ]),
    heading(1, REPORT.resultsHeading),
    groupTable(ctx),
    ...groupResults(ctx),
    ...scoreNotes(ctx),
    heading(2, REPORT.strengthsHeading),
    ...pointsBlocks(strengthPoints(ctx), f.strengths),
    heading(2, REPORT.weaknessesHeading),
    ...pointsBlocks(weaknessPoints(ctx), f.weaknesses),
    ...directionBlocks(ctx),
    heading(1, REPORT.difficultiesHeading),
    ...fieldParagraphs(f.difficulties),
    heading(1, REPORT.proposalsHeading),
    ...fieldParagraphs(f.proposals),
    para(REPORT.closing(ctx.s)),
  ]
  return {
    id: 'report',
    name: REPORT.name,
    header: header(ctx, 'report', f.reportDate),
    title: REPORT.title,
    summary: REPORT.summary(ctx.s),
    subtitle: managing ? [REPORT.to(managing)] : [],
    body,
    signatures: [headSignature(ctx)],
    recipients: recipients(f.recipients),
  }
}
