import { MEMBER_ROLES, type Answer, type Evidence, type Member } from '../model'
import { own } from '../ids'
import { hasAnswer } from '../scoring/score'

/** A person's name on the team: long enough for any Vietnamese full name, short enough for a phone line. */
export const MEMBER_NAME_MAX = 100

export type MemberNameProblem = 'empty' | 'too-long'

/** A name as stored: NFC, inner runs of white space made one space, trimmed. */
export const cleanName = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim()

export function nameProblem(name: string): MemberNameProblem | null {
  const n = cleanName(name)
  if (n === '') return 'empty'
  return n.length > MEMBER_NAME_MAX ? 'too-long' : null
}

/**
 * The team's order: by role in `MEMBER_ROLES` order (principal, vice-principals, group leaders,
 * teachers, staff),
 * then by name as Vietnamese sorts it.
 */
export function compareMembers(a: Pick<Member, 'role' | 'name'>, b: Pick<Member, 'role' | 'name'>): number {
  return MEMBER_ROLES.indexOf(a.role) - MEMBER_ROLES.indexOf(b.role) || a.name.localeCompare(b.name, 'vi')
}

/** How far a member is with their rows. */
export interface MemberProgress {
  assigned: number
  /** Assigned rows with an answer. */
  answered: number
  /** Assigned rows with at least one evidence. */
  withEvidence: number
  /** Evidence supporting the assigned rows, each counted once. */
  evidence: number
}

export function memberProgress(
  itemIds: readonly string[],
  answers: Readonly<Record<string, Answer>>,
  byItem: ReadonlyMap<string, readonly Evidence[]>,
): MemberProgress {
  const evidence = new Set<string>()
  let answered = 0
  let withEvidence = 0
  for (const id of itemIds) {
    if (hasAnswer(own(answers, id)?.value)) answered++
    const list = byItem.get(id) ?? []
    if (list.length) withEvidence++
    for (const e of list) evidence.add(e.id)
  }
  return { assigned: itemIds.length, answered, withEvidence, evidence: evidence.size }
}
