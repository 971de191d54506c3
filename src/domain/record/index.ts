/**
 * The self-assessment record (hồ sơ tự đánh giá): its editable fields, their defaults, and the
 * document model a renderer prints.
 */
export type { RecordFields } from './fields'
export { RECORD_FIELD_LIMITS } from './fields'
export {
  defaultRecordFields,
  resolveRecordFields,
  schoolAbbreviation,
  documentNumber,
  DOCUMENT_TYPE_CODES,
  MEMBER_ROLE_TITLES,
  type DefaultRecordInput,
  type DocumentKind,
} from './defaults'
export { buildRecordModel, generatedRecordFields, SELF_ASSESSMENT_FILE_STEMS, type RecordInput } from './build'
export { GENERATED_FIELDS, type GeneratedField } from './generated'
export { unmetConditionSentence, STRENGTH_RATIO } from './results'
export { unreviewedItems } from './review'
export { recordDateIssues, recordBlanks, recordVote, voteIssue, voteSignature, voteNeedsConfirm, type RecordDateIssue, type RecordVote } from './checks'
export { NATIONAL_MOTTO, EVIDENCE_KIND_LABELS } from './wording'
export { recordFileName, recordBaseName, asciiSlug, type RecordFileFormat } from './files'
export {
  RECORD_TEMPLATES,
  DEFAULT_RECORD_TEMPLATE_ID,
  QD4725_RECORD,
  TT37_PORTAL_RECORD,
  ACCREDITATION_RECORD,
  recordTemplateId,
  recordTemplateOf,
  type RecordTemplate,
} from './templates'
export type { RecordFieldGroup, RecordFieldGroupId, RecordFieldKind, RecordFieldHint, RecordFieldSpec } from './fieldGroups'
export { RECORD_KIND_MAX } from './fieldGroups'
export { compareNatural as compareCodes, placeDateLine } from './text'
export * from './model'
export {
  statisticsTables,
  statKey,
  parseStatistics,
  setStatCell,
  readStatCell,
  statisticsBlanks,
  columnTotal,
  rowTotal,
  STAT_MAX_DIGITS,
  type StatTable,
  type StatTableId,
} from './statistics'
export { printableImage, type PrintableImage } from './image'
export { PHOTO_SIZES, defaultPhotoSize, photoRows, parsePhotoSizes, photoSizeOf, withPhotoSize, type PhotoSize } from './photoSize'
