/**
 * The desk's overview: one row per school on the roster with where it stands, the counts per
 * status, per school kind and per commune against the deadline, and the search and filters of the
 * list. Built for thousands of schools: each function is one pass, and each row carries its
 * search key made once.
 */
import type { SchoolKind } from '../criteria/schema'
import type { IsoDate } from '../model'
import { matchKey } from '../sheets/cells'
import { isLate } from './campaign'
import { currentSubmission, deskStatus, type DeskDecision, type DeskStatus, type DeskSubmissionHead } from './history'
import type { RosterSchool } from './roster'

export interface DeskRow {
  school: RosterSchool
  status: DeskStatus
  /** The current submission, when the school has one. */
  current?: DeskSubmissionHead
  /** How many submissions the school sent (the history). */
  submissions: number
  /** The current submission arrived after the deadline. */
  late: boolean
  /** The current submission carries flags from its import (scores differ, set text differs…). */
  flagged: boolean
  /** Name and code as `matchKey` sees them, for search. */
  searchKey: string
}

export interface DeskRowsInput {
  roster: readonly RosterSchool[]
  submissions: readonly DeskSubmissionHead[]
  decisions: readonly DeskDecision[]
  /** Submissions (SHA-256) a reviewer was assigned, scored or commented on. */
  reviewStarted: ReadonlySet<string>
  deadline: IsoDate
  /** The desk's time zone, minutes ahead of UTC (Việt Nam: 420), for "late". */
  utcOffsetMinutes: number
}

/** One row per roster school, in roster order. */
export function deskRows(input: DeskRowsInput): DeskRow[] {
  const bySchool = new Map<string, DeskSubmissionHead[]>()
  for (const s of input.submissions) {
    const list = bySchool.get(s.rosterId)
    if (list) list.push(s)
    else bySchool.set(s.rosterId, [s])
  }
  const decisionsBySchool = new Map<string, DeskDecision[]>()
  for (const d of input.decisions) {
    const list = decisionsBySchool.get(d.rosterId)
    if (list) list.push(d)
    else decisionsBySchool.set(d.rosterId, [d])
  }
  return input.roster.map((school) => {
    const history = bySchool.get(school.id) ?? []
    const current = currentSubmission(history)
    const status = deskStatus({
      current,
      decisions: decisionsBySchool.get(school.id) ?? [],
      reviewStarted: current !== undefined && input.reviewStarted.has(current.sha256),
    })
    return {
      school,
      status,
      ...(current ? { current } : {}),
      submissions: history.length,
      late: current !== undefined && isLate(current.submittedAt, input.deadline, input.utcOffsetMinutes),
      flagged: current !== undefined && current.flags.length > 0,
      searchKey: `${matchKey(school.name)} ${matchKey(school.code)}`,
    }
  })
}

export type StatusCounts = Record<DeskStatus, number> & { total: number }

const emptyCounts = (): StatusCounts => ({ 'not-submitted': 0, submitted: 0, 'under-review': 0, returned: 0, accepted: 0, total: 0 })

export interface DeskProgress {
  all: StatusCounts
  byKind: Map<SchoolKind, StatusCounts>
  /** By commune as written on the roster ('' for schools without one), in Vietnamese order. */
  byCommune: Map<string, StatusCounts>
  /** Schools whose submission arrived after the deadline. */
  late: number
  flagged: number
}

/** The counts of the overview. Every school is in exactly one status. */
export function deskProgress(rows: readonly DeskRow[], collator: Intl.Collator = VI): DeskProgress {
  const all = emptyCounts()
  const byKind = new Map<SchoolKind, StatusCounts>()
  const byCommune = new Map<string, StatusCounts>()
  let late = 0
  let flagged = 0
  const add = <K>(map: Map<K, StatusCounts>, key: K, status: DeskStatus) => {
    let c = map.get(key)
    if (!c) map.set(key, (c = emptyCounts()))
    c[status]++
    c.total++
  }
  for (const r of rows) {
    all[r.status]++
    all.total++
    add(byKind, r.school.kind, r.status)
    add(byCommune, r.school.commune, r.status)
    if (r.late) late++
    if (r.flagged) flagged++
  }
  const communes = [...byCommune.keys()].sort((a, b) => collator.compare(a, b))
  return { all, byKind, byCommune: new Map(communes.map((c) => [c, byCommune.get(c) as StatusCounts])), late, flagged }
}

/** Vietnamese order for names (collation, not code points: `Đ` after `D`, accents after plain letters). */
export const VI = new Intl.Collator('vi', { sensitivity: 'base', numeric: true })

export interface DeskFilter {
  /** Part of a school's name or code, accents and case aside. */
  query?: string
  statuses?: readonly DeskStatus[]
  kind?: SchoolKind
  /** A commune as written on the roster. */
  commune?: string
  flaggedOnly?: boolean
}

/** The rows that pass the filter, sorted by name in Vietnamese order (then code). */
export function filterDesk(rows: readonly DeskRow[], f: DeskFilter, collator: Intl.Collator = VI): DeskRow[] {
  const q = f.query ? matchKey(f.query) : ''
  const statuses = f.statuses?.length ? new Set(f.statuses) : null
  return rows
    .filter(
      (r) =>
        (!q || r.searchKey.includes(q)) &&
        (!statuses || statuses.has(r.status)) &&
        (f.kind === undefined || r.school.kind === f.kind) &&
        (f.commune === undefined || r.school.commune === f.commune) &&
        (!f.flaggedOnly || r.flagged),
    )
    .sort((a, b) => collator.compare(a.school.name, b.school.name) || collator.compare(a.school.code, b.school.code))
}
