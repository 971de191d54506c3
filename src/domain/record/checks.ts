/**
 * What the record screen says before a file is made: dates out of the order the events happened,
 * and what is still blank (printed as a line the clerk fills by hand). Never printed on paper.
 */
import { documentNumber, EVENT_DATE_KEYS, NUMBER_FIELDS, numberBlank, type DocumentKind } from './defaults'
import type { RecordFields } from './fields'
import { cleanText, lines, parseDate, parseTime, toIsoDate } from './text'

type EventDateKey = (typeof EVENT_DATE_KEYS)[number]

/**
 * - `order`: `later` happened before `earlier` (the plan comes before the meeting, the meeting before
 *   the report, the report before the decision);
 * - `hours`: the meeting ends before it starts.
 */
export type RecordDateIssue = { kind: 'order'; earlier: EventDateKey; later: EventDateKey } | { kind: 'hours' }

export function recordDateIssues(f: RecordFields): RecordDateIssue[] {
  const iso = (k: EventDateKey) => {
    const p = parseDate(f[k])
    return p ? toIsoDate(p) : null
  }
  const issues: RecordDateIssue[] = []
  EVENT_DATE_KEYS.forEach((earlier, i) => {
    const a = iso(earlier)
    if (!a) return
    for (const later of EVENT_DATE_KEYS.slice(i + 1)) {
      const b = iso(later)
      if (b && b < a) issues.push({ kind: 'order', earlier, later })
    }
  })
  const start = parseTime(f.meetingStart)
  const end = parseTime(f.meetingEnd)
  if (start && end && end.hour * 60 + end.minute <= start.hour * 60 + start.minute) issues.push({ kind: 'hours' })
  return issues
}

/** The fields still blank, in the order the screen asks for them: numbers, then dates and hours. */
export function recordBlanks(f: RecordFields): (keyof RecordFields)[] {
  const numbers: (keyof RecordFields)[] = (Object.keys(NUMBER_FIELDS) as DocumentKind[])
    .filter((kind) => numberBlank(documentNumber(f[NUMBER_FIELDS[kind]], kind, f.schoolAbbreviation)))
    .map((kind) => NUMBER_FIELDS[kind])
  // The optional decision forming the team, when the school asked for it.
  if (f.teamDecision === 'yes' && numberBlank(documentNumber(f.teamDecisionNumber, 'decision', f.schoolAbbreviation)))
    numbers.unshift('teamDecisionNumber')
  const dates = EVENT_DATE_KEYS.filter((k) => !parseDate(f[k]))
  const hours = (['meetingStart', 'meetingEnd'] as const).filter((k) => !parseTime(f[k]))
  return [...numbers, ...dates, ...hours]
}

/** The minutes' vote as written: for, against, not voting, out of those present. */
export interface RecordVote {
  /** Blank "for": everyone present not counted against or abstaining; null when that is unknown. */
  for: number | null
  against: number
  abstain: number
  /** People in the attendee list; null when the list is empty (the count is written by hand). */
  present: number | null
}

const count = (s: string): number | null => {
  const m = /^\d{1,4}$/u.exec(cleanText(s).trim())
  return m ? Number(m[0]) : null
}

export function recordVote(f: RecordFields): RecordVote {
  const people = lines(f.attendees).length
  const present = people > 0 ? people : null
  const against = count(f.votesAgainst) ?? 0
  const abstain = count(f.votesAbstain) ?? 0
  const typed = count(f.votesFor)
  return { for: typed ?? (present !== null ? Math.max(0, present - against - abstain) : null), against, abstain, present }
}

/** More votes than people present: `counted` votes for `present` people; null when the vote adds up. */
export function voteIssue(f: RecordFields): { counted: number; present: number } | null {
  const v = recordVote(f)
  if (v.present === null) return null
  const counted = (v.for ?? 0) + v.against + v.abstain
  return counted > v.present ? { counted, present: v.present } : null
}

/** What the school confirms when it keeps a vote that does not add up: these numbers, not later ones. */
export function voteSignature(f: RecordFields): string {
  const v = recordVote(f)
  return `${v.for ?? ''}+${v.against}+${v.abstain}/${v.present ?? ''}`
}

/** Whether the vote does not add up and the school has not confirmed these very numbers. */
export function voteNeedsConfirm(f: RecordFields): boolean {
  return voteIssue(f) !== null && f.votesConfirmed.split('@')[0] !== voteSignature(f)
}
