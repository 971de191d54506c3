/**
 * What the record screen asks for, grouped by the document that prints it. A template lists its
 * groups; the screen shows each field with its label and hint from the locale files
 * (`record.field.<key>`, `record.hint.<hint>`, `record.group.<id>`).
 */
import type { RecordFields } from './fields'

/** `statistics`: the tables of Phần I of the accreditation report (`statistics.ts`), one field. */
export type RecordFieldKind = 'text' | 'date' | 'time' | 'multiline' | 'choice' | 'statistics'

/**
 * The longest entry a field of each kind takes, in UTF-16 units as a text box counts them: the
 * screen's box takes no more (with a counter near the limit) and every exchange file holds the field
 * to the same (`RECORD_FIELD_LIMITS`). A date or time box gives its own short value; theirs leave room
 * for what a browser may write (a six-digit year, seconds).
 */
export const RECORD_KIND_MAX = { text: 300, multiline: 4000, date: 20, time: 20, choice: 20, statistics: 4000 } as const satisfies Record<RecordFieldKind, number>
export type RecordFieldHint =
  | 'governingBody'
  | 'managingBody'
  | 'place'
  | 'schoolAbbreviation'
  | 'recipients'
  | 'number'
  | 'attendees'
  | 'person'
  | 'paragraphs'
  | 'opinions'
  | 'votes'
  | 'voteOthers'
  | 'deputyLead'
  | 'generated'
  | 'portalUrl'
  | 'teamDate'

export interface RecordFieldSpec {
  key: keyof RecordFields
  kind: RecordFieldKind
  hint?: RecordFieldHint
  /** For a `choice`: the values offered, labelled `record.choice.<key>.<value>` in the locale files. */
  options?: readonly string[]
}

/** `dates`: the card "Mốc thời gian", the events as they happened. */
export type RecordFieldGroupId = 'dates' | 'common' | 'team' | 'plan' | 'minutes' | 'report' | 'decision' | 'checklist' | 'statistics'

export interface RecordFieldGroup {
  id: RecordFieldGroupId
  fields: RecordFieldSpec[]
}

const number = (key: keyof RecordFields): RecordFieldSpec => ({ key, kind: 'text', hint: 'number' })
const date = (key: keyof RecordFields): RecordFieldSpec => ({ key, kind: 'date' })
const paragraphs = (key: keyof RecordFields): RecordFieldSpec => ({ key, kind: 'multiline', hint: 'paragraphs' })

/**
 * The 4725 record's fields: first the real dates of what happened (Mốc thời gian), then the fields
 * every document shares, then each document's own.
 */
/**
 * The fields every document of the school carries: the NĐ 30 heading (governing and managing body,
 * the school's abbreviation, the place) and who signs. Shared by every record template.
 */
export const HEADER_AND_SIGNER_FIELDS: readonly RecordFieldSpec[] = [
  { key: 'governingBody', kind: 'text', hint: 'governingBody' },
  { key: 'managingBody', kind: 'text', hint: 'managingBody' },
  { key: 'schoolAbbreviation', kind: 'text', hint: 'schoolAbbreviation' },
  { key: 'place', kind: 'text', hint: 'place' },
  { key: 'signer', kind: 'choice', options: ['head', 'deputy'] },
  { key: 'deputyName', kind: 'text', hint: 'person' },
]

/** "Nơi nhận", for documents sent to others (a form kept by the school has none). */
export const RECIPIENTS_FIELD: RecordFieldSpec = { key: 'recipients', kind: 'multiline', hint: 'recipients' }

export const SELF_ASSESSMENT_FIELD_GROUPS: readonly RecordFieldGroup[] = [
  {
    id: 'dates',
    fields: [
      date('planDate'),
      date('minutesDate'),
      { key: 'meetingStart', kind: 'time' },
      { key: 'meetingEnd', kind: 'time' },
      date('reportDate'),
      date('decisionDate'),
    ],
  },
  {
    id: 'common',
    fields: [...HEADER_AND_SIGNER_FIELDS, RECIPIENTS_FIELD],
  },
  {
    id: 'team',
    fields: [{ key: 'teamDecision', kind: 'choice', options: ['no', 'yes'] }, number('teamDecisionNumber'), { key: 'teamDecisionDate', kind: 'date', hint: 'teamDate' }],
  },
  { id: 'plan', fields: [number('planNumber'), paragraphs('purpose'), paragraphs('timeline')] },
  {
    id: 'minutes',
    fields: [
      number('minutesNumber'),
      { key: 'meetingPlace', kind: 'text' },
      { key: 'chair', kind: 'text', hint: 'person' },
      { key: 'deputyLead', kind: 'text', hint: 'deputyLead' },
      { key: 'secretary', kind: 'text', hint: 'person' },
      { key: 'attendees', kind: 'multiline', hint: 'attendees' },
      { key: 'opinions', kind: 'multiline', hint: 'opinions' },
      { key: 'votesFor', kind: 'text', hint: 'votes' },
      { key: 'votesAgainst', kind: 'text', hint: 'voteOthers' },
      { key: 'votesAbstain', kind: 'text', hint: 'voteOthers' },
      paragraphs('conclusion'),
    ],
  },
  {
    id: 'report',
    fields: [
      number('reportNumber'),
      { key: 'strengths', kind: 'multiline', hint: 'generated' },
      { key: 'weaknesses', kind: 'multiline', hint: 'generated' },
      { key: 'directions', kind: 'multiline', hint: 'generated' },
      paragraphs('difficulties'),
      paragraphs('proposals'),
    ],
  },
  { id: 'decision', fields: [number('decisionNumber')] },
]
