import { RECORD_KIND_MAX as K } from './fieldGroups'

/**
 * The fields of the self-assessment record that vary from school to school and year to year.
 * Each has a default made from the school and the assessment; what the principal edits is saved
 * with the assessment and wins over the default.
 */
export interface RecordFields {
  /** Name of the governing body printed above the school's name, e.g. "UBND XÃ AN PHÚ". */
  governingBody: string
  /** The managing body the result is reported to, e.g. "Sở Giáo dục và Đào tạo tỉnh Lâm Đồng". */
  managingBody: string
  /** Place in the date line, e.g. "An Phú". */
  place: string
  /** Abbreviation of the school in document symbols, e.g. "THVT" in `12/KH-THVT`. */
  schoolAbbreviation: string
  planNumber: string
  planDate: string
  minutesNumber: string
  /** The day the team met (biên bản). */
  minutesDate: string
  /** When the meeting began and ended, "14:00" as a phone's time input gives it; blank: written by hand. */
  meetingStart: string
  meetingEnd: string
  /** Where the meeting that scored the assessment was held. */
  meetingPlace: string
  /** One person per line: "Nguyễn Văn A — Hiệu trưởng". */
  attendees: string
  chair: string
  /** The team's deputy lead (phó tổ trưởng); blank: the team has none and nothing about it is printed. */
  deputyLead: string
  secretary: string
  reportNumber: string
  reportDate: string
  decisionNumber: string
  decisionDate: string
  /** Who signs the plan, the report and the decision: `head` (the default) or `deputy` (KT.). */
  signer: string
  /** The deputy's full name, printed when the deputy signs. */
  deputyName: string
  /** One recipient per line (Nơi nhận). */
  recipients: string
  purpose: string
  timeline: string
  conclusion: string
  /** The opinions raised at the meeting, one per line; blank prints lines to write them by hand. */
  opinions: string
  /** How many of those present agreed ("11" of 12); blank: everyone present agreed. */
  votesFor: string
  /** How many disagreed; blank: none (nothing printed). */
  votesAgainst: string
  /** How many did not vote; blank: none (nothing printed). */
  votesAbstain: string
  /**
   * The vote the school confirmed as written although it counts more votes than people present
   * (`for+against+abstain/present@` and the ISO date-time). Never printed.
   */
  votesConfirmed: string
  /**
   * The report's generated paragraphs as the principal rewrote them, one point per line: strengths,
   * weaknesses, and the targets of "Phương hướng, giải pháp". Blank or equal to the generated text:
   * the generated text is printed.
   */
  strengths: string
  weaknesses: string
  directions: string
  difficulties: string
  proposals: string
  /** `yes`: the record opens with the head's decision forming the team (Quyết định thành lập tổ công tác). */
  teamDecision: string
  teamDecisionNumber: string
  /** Blank: the plan's date (the plan is issued and the team formed together). */
  teamDecisionDate: string
  /** School portal checklist: the day the portal was checked and the form signed. */
  checklistDate: string
  /** School portal checklist: the portal's address, e.g. "https://thvantrang.edu.vn". */
  portalUrl: string
  /** School portal checklist: who checked the portal and made the form (người lập phiếu). */
  preparedBy: string
  /**
   * The school's figures in Phần I of the accreditation report (classes, pupils, staff, rooms), one
   * `table.row.column=count` line each; see `statistics.ts`. Blank in other records.
   */
  statistics: string
  /**
   * When the school confirmed, at export, that it checked the set's rows that are not from the
   * official text against the original (ISO date-time); blank until then. Never printed.
   */
  setReviewedAt: string
  /** The print size the school chose per photo of the appendix, `evidenceId=small|half|full` a line (`photoSize.ts`). */
  photoSizes: string
}

/**
 * Each field's longest entry: the limit of the kind every record template asks it as (a test checks
 * each template against this table). The record screen and the exchange files both read it here.
 * `setReviewedAt` is written by the app (a date-time), never typed.
 */
export const RECORD_FIELD_LIMITS: Readonly<Record<keyof RecordFields, number>> = {
  governingBody: K.text,
  managingBody: K.text,
  place: K.text,
  schoolAbbreviation: K.text,
  planNumber: K.text,
  planDate: K.date,
  minutesNumber: K.text,
  minutesDate: K.date,
  meetingStart: K.time,
  meetingEnd: K.time,
  meetingPlace: K.text,
  attendees: K.multiline,
  chair: K.text,
  deputyLead: K.text,
  secretary: K.text,
  reportNumber: K.text,
  reportDate: K.date,
  decisionNumber: K.text,
  decisionDate: K.date,
  signer: K.choice,
  deputyName: K.text,
  recipients: K.multiline,
  purpose: K.multiline,
  timeline: K.multiline,
  conclusion: K.multiline,
  opinions: K.multiline,
  votesFor: K.text,
  votesAgainst: K.text,
  votesAbstain: K.text,
  votesConfirmed: K.text,
  strengths: K.multiline,
  weaknesses: K.multiline,
  directions: K.multiline,
  difficulties: K.multiline,
  proposals: K.multiline,
  teamDecision: K.choice,
  teamDecisionNumber: K.text,
  teamDecisionDate: K.date,
  checklistDate: K.date,
  portalUrl: K.text,
  preparedBy: K.text,
  statistics: K.statistics,
  setReviewedAt: K.text,
  // Written by the size choices on the record screen, one short line a photo.
  photoSizes: K.multiline * 4,
}
