/** Biên bản tự kiểm tra, đánh giá: time and place, who attended, results per criterion and group. */
import { b, fieldParagraphs, heading, list, para, run } from '../blocks'
import type { Context } from '../context'
import { attendeeLine, parseAttendee } from '../defaults'
import type { RecordBlock } from '../model'
import { groupResults, scoreNotes } from '../results'
import { criterionTable } from '../tables'
import { cleanText, hourText, lines, longDate } from '../text'
import { MINUTES, W } from '../wording'
import { recordVote } from '../checks'
import { header, type SectionDraft } from './common'

export function minutesSection(ctx: Context): SectionDraft {
  const f = ctx.input.fields
  const people = lines(f.attendees).map(parseAttendee)
  const chair = cleanText(f.chair).trim()
  const secretary = cleanText(f.secretary).trim()
  const titleOf = (n: string) => people.find((p) => p.name === n)?.title
  const withTitle = (n: string) => {
    const title = titleOf(n)
    return n === '' ? W.blankName : title ? MINUTES.withTitle(n, title) : n
  }
  const attendees: RecordBlock[] =
    people.length > 0
      ? [{ kind: 'list', marker: '+', nested: true, items: people.map((p) => [run(attendeeLine(p).replace(/ — $/, ''))]) }]
      : []
  // The user's own dashes are dropped: the list prints its own marker.
  const opinions = lines(f.opinions).map((l) => l.replace(/^[-–—+•]\s*/u, ''))
  const deputy = cleanText(f.deputyLead).trim()
  const vote = recordVote(f)
  const present = vote.present !== null ? String(vote.present) : '…'
  const agreed = vote.for !== null ? String(vote.for) : '…'
  const body: RecordBlock[] = [
    heading(1, MINUTES.timePlaceHeading),
    list([
      [b(MINUTES.time), run(MINUTES.startsAt(hourText(f.meetingStart), longDate(f.minutesDate)))],
      [b(MINUTES.place), run(`${cleanText(f.meetingPlace).trim() || W.blankPlace}.`)],
    ]),
    heading(1, MINUTES.attendeesHeading),
    list([
      [b(MINUTES.chair), run(withTitle(chair))],
      // A team without a deputy prints no line for one.
      ...(deputy ? [[b(MINUTES.deputyLead), run(withTitle(deputy))]] : []),
      [b(MINUTES.secretary), run(withTitle(secretary))],
      [b(MINUTES.attendees), run(MINUTES.attendeeCount(people.length))],
    ]),
    ...attendees,
    heading(1, MINUTES.contentHeading),
    para(MINUTES.content(ctx.s, ctx.evidence.length)),
    heading(2, MINUTES.byCriterion),
    criterionTable(ctx),
    heading(2, MINUTES.byGroup),
    ...groupResults(ctx),
    ...scoreNotes(ctx),
    heading(2, MINUTES.opinionsHeading),
    ...(opinions.length > 0 ? [list(opinions)] : MINUTES.opinionsByHand.map((l) => para(l, { indent: false }))),
    heading(1, MINUTES.conclusionHeading),
    ...fieldParagraphs(f.conclusion),
    para(MINUTES.vote(agreed, present, vote.against, vote.abstain)),
    para(MINUTES.closing(hourText(f.meetingEnd))),
  ]
  return {
    id: 'minutes',
    name: MINUTES.name,
    header: header(ctx, 'minutes', f.minutesDate),
    title: MINUTES.title,
    summary: MINUTES.summary(ctx.s),
    subtitle: [],
    body,
    signatures: [
      { title: [MINUTES.secretaryTitle], name: secretary },
      { title: [MINUTES.chairTitle], name: chair },
    ],
    recipients: null,
  }
}
