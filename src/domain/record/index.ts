/**
 * The self-assessment record (hồ sơ tự đánh giá): its editable fields, their defaults, and the
 * document model a renderer prints.
 */
export type { RecordFields } from './fields'
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
export {
  buildRecordModel,
  unmetConditionSentence,
  NATIONAL_MOTTO,
  PROVENANCE_MARKS,
  EVIDENCE_KIND_LABELS,
  STRENGTH_RATIO,
  type RecordInput,
} from './build'
export { compareNatural as compareCodes, placeDateLine } from './text'
export * from './model'
