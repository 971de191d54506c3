/**
 * The managing body's side: who it is (the unit, its head, its reviewers) and what it is
 * collecting (a campaign: one school year, one criteria set version, one deadline).
 */
import type { IsoDate, IsoDateTime } from '../model'

/** Đơn vị quản lý: the Sở GD&ĐT, or the commune's Phòng Văn hóa – Xã hội. */
export interface UnitProfile {
  name: string
  headName: string
  reviewers: Reviewer[]
}

/** A person who reviews schools (thành viên tổ thẩm định); the secretary is one of them. */
export interface Reviewer {
  id: string
  name: string
}

export interface Campaign {
  id: string
  /** `2025-2026` */
  schoolYear: string
  setId: string
  version: string
  /** The last day schools may submit (the decision says before 31/5). */
  deadline: IsoDate
  createdAt: IsoDateTime
  updatedAt: IsoDateTime
}

/** `2025-2026`: two consecutive years. */
export function isSchoolYear(s: string): boolean {
  const m = /^(\d{4})-(\d{4})$/.exec(s)
  return !!m && Number(m[2]) === Number(m[1]) + 1 && Number(m[1]) >= 2000 && Number(m[1]) < 2200
}

/** The deadline the decision sets for a school year (before 31 May of its second year). */
export function defaultDeadline(schoolYear: string): IsoDate {
  return isSchoolYear(schoolYear) ? `${schoolYear.slice(5)}-05-31` : ''
}

const dayNumber = (iso: IsoDate): number | null => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  if (!m) return null
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))
  return new Date(t).toISOString().slice(0, 10) === iso ? t / 86_400_000 : null
}

export function isCalendarDate(iso: string): boolean {
  return dayNumber(iso) !== null
}

export type CampaignProblem = 'school-year' | 'deadline' | 'set'

/** What is wrong with a campaign as typed, or [] when it can be saved. */
export function checkCampaign(c: Pick<Campaign, 'schoolYear' | 'deadline' | 'setId' | 'version'>): CampaignProblem[] {
  const problems: CampaignProblem[] = []
  if (!isSchoolYear(c.schoolYear)) problems.push('school-year')
  if (!isCalendarDate(c.deadline)) problems.push('deadline')
  if (!c.setId || !c.version) problems.push('set')
  return problems
}

export interface DeadlineState {
  /** Days from today to the deadline: 0 on the day itself, negative once it has passed. */
  daysLeft: number
  overdue: boolean
}

/** Where today stands against the deadline (both local dates). */
export function deadlineState(deadline: IsoDate, today: IsoDate): DeadlineState | null {
  const d = dayNumber(deadline)
  const t = dayNumber(today)
  if (d === null || t === null) return null
  return { daysLeft: d - t, overdue: t > d }
}

/**
 * The local date of a moment, for a place `utcOffsetMinutes` ahead of UTC (Việt Nam: 420).
 * '' when `iso` is not a moment.
 */
export function localDateOf(iso: IsoDateTime, utcOffsetMinutes: number): IsoDate {
  const t = Date.parse(iso)
  if (!Number.isFinite(t)) return ''
  return new Date(t + utcOffsetMinutes * 60_000).toISOString().slice(0, 10)
}

/** Whether a submission made at `submittedAt` came after the deadline's last day. */
export function isLate(submittedAt: IsoDateTime, deadline: IsoDate, utcOffsetMinutes: number): boolean {
  const day = localDateOf(submittedAt, utcOffsetMinutes)
  return day !== '' && isCalendarDate(deadline) && day > deadline
}
