/**
 * Record templates: what a criteria set's record is made of. A set names its template
 * (`recordTemplate` in the set file); a set that names none gets the 4725 self-assessment record.
 * A template says which documents the record has (in print order, with their file names), what
 * the record screen asks for, the fields' defaults, and how the document model is built from the
 * assessment. Templates are code, registered here by id; a new one is a module beside the 4725
 * record's, reusing its blocks, tables and wording.
 */
import type { CriteriaSet, SchoolKind } from '../criteria/schema'
import { buildAccreditationRecord, defaultAccreditationFields } from './accreditation'
import { statisticsBlanks } from './statistics'
import { buildRecordModel, generatedRecordFields } from './build'
import { recordBlanks, recordDateIssues, type RecordDateIssue } from './checks'
import { buildPortalRecord, defaultPortalFields, portalBlanks, PORTAL_FIELD_GROUPS } from './portal'
import type { RecordInput } from './context'
import { defaultRecordFields, type DefaultRecordInput } from './defaults'
import { HEADER_AND_SIGNER_FIELDS, RECIPIENTS_FIELD, SELF_ASSESSMENT_FIELD_GROUPS, type RecordFieldGroup } from './fieldGroups'
import type { RecordFields } from './fields'
import { RECORD_SECTION_IDS, type RecordModel, type RecordSectionId } from './model'


export interface RecordTemplate {
  id: string
  /** The documents, in print order; each can be made alone. */
  documents: readonly RecordSectionId[]
  /** The documents with the fields as the school set them (an optional document added), when they vary. */
  documentsFor?: (fields: RecordFields) => readonly RecordSectionId[]
  /** What the record screen asks for, grouped by document. */
  fieldGroups: readonly RecordFieldGroup[]
  /** A default for every field, made from the school, the assessment, its set and members. */
  defaults: (input: DefaultRecordInput) => RecordFields
  /**
   * Defaults written from the score (the report's strengths, weaknesses, targets), which the
   * principal may rewrite; the fields' `defaults` leave them blank.
   */
  generated?: (input: RecordInput) => Partial<RecordFields>
  /** The record as a document model (pure: the same input gives the same model). */
  build: (input: RecordInput) => RecordModel
  /**
   * What the form would print as a line (or a cell) to fill by hand, listed on the phone before
   * export; the school's kind says which cells its tables have.
   */
  blanks: (fields: RecordFields, kind: SchoolKind) => (keyof RecordFields)[]
  /** Dates or hours out of the order the events happened; shown on the phone, never printed. */
  dateIssues: (fields: RecordFields) => RecordDateIssue[]
}

/**
 * The self-assessment record of Quyết định 4725/QĐ-BGDĐT: kế hoạch, biên bản, báo cáo, quyết định
 * phê duyệt and phụ lục (DESIGN §2).
 */
export const QD4725_RECORD: RecordTemplate = {
  id: 'qd4725',
  documents: RECORD_SECTION_IDS,
  documentsFor: (f) => (f.teamDecision === 'yes' ? ['team', ...RECORD_SECTION_IDS] : RECORD_SECTION_IDS),
  fieldGroups: SELF_ASSESSMENT_FIELD_GROUPS,
  defaults: defaultRecordFields,
  generated: generatedRecordFields,
  build: buildRecordModel,
  blanks: recordBlanks,
  dateIssues: recordDateIssues,
}

/**
 * The school-portal checklist of Thông tư 37/2020 (phiếu tự đánh giá cổng thông tin điện tử): one
 * document, the set's items met or not met and the count met out of the total.
 */
export const TT37_PORTAL_RECORD: RecordTemplate = {
  id: 'tt37-portal',
  documents: ['checklist'],
  fieldGroups: PORTAL_FIELD_GROUPS,
  defaults: defaultPortalFields,
  build: buildPortalRecord,
  blanks: portalBlanks,
  dateIssues: () => [],
}

/**
 * The accreditation self-evaluation report (báo cáo tự đánh giá) of a set rated by levels: one
 * document, asking only what it prints.
 */
export const ACCREDITATION_RECORD: RecordTemplate = {
  id: 'accreditation-report',
  documents: ['report'],
  fieldGroups: [
    { id: 'dates', fields: [{ key: 'reportDate', kind: 'date' }] },
    {
      id: 'common',
      fields: [...HEADER_AND_SIGNER_FIELDS, RECIPIENTS_FIELD],
    },
    { id: 'statistics', fields: [{ key: 'statistics', kind: 'statistics' }] },
    { id: 'report', fields: [{ key: 'reportNumber', kind: 'text', hint: 'number' }, { key: 'proposals', kind: 'multiline', hint: 'paragraphs' }] },
  ],
  defaults: defaultAccreditationFields,
  build: buildAccreditationRecord,
  blanks: (f, kind) => [
    ...recordBlanks(f).filter((k) => k === 'reportNumber' || k === 'reportDate'),
    ...(statisticsBlanks(f.statistics, kind).length ? (['statistics'] as const) : []),
  ],
  dateIssues: () => [],
}

/** Every template this app has, by id. */
export const RECORD_TEMPLATES: Readonly<Record<string, RecordTemplate>> = {
  [QD4725_RECORD.id]: QD4725_RECORD,
  [TT37_PORTAL_RECORD.id]: TT37_PORTAL_RECORD,
  [ACCREDITATION_RECORD.id]: ACCREDITATION_RECORD,
}

/** The template of a set that names none. */
export const DEFAULT_RECORD_TEMPLATE_ID = QD4725_RECORD.id

/** The id a set asks for (the default when it names none). */
export const recordTemplateId = (set: Pick<CriteriaSet, 'recordTemplate'>): string =>
  set.recordTemplate ?? DEFAULT_RECORD_TEMPLATE_ID

/** The set's record template, or null when this app does not have the one it names. */
export function recordTemplateOf(set: Pick<CriteriaSet, 'recordTemplate'>): RecordTemplate | null {
  return RECORD_TEMPLATES[recordTemplateId(set)] ?? null
}
