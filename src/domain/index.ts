/**
 * The domain's public contract. Everything outside `src/domain/` imports from here only.
 * Pure TypeScript: no Vue, Pinia, Dexie, DOM, clock or randomness — time and ids are passed in.
 */
export * from './criteria/schema'
export {
  parseCriteriaSet,
  checkBands,
  criterionMax,
  formatPath,
  MAX_CRITERIA_SET_CHARS,
  type CriteriaSetError,
  type CriteriaSetErrorCode,
  type SheetCell,
} from './criteria/parse'
export * from './criteria/lookup'
export { shortenedSetVersion } from './criteria/legacyVersion'
export {
  workbookToCriteriaSet,
  criteriaSetToWorkbook,
  workbookHelpRows,
  SET_SHEETS,
  type Workbook,
  type WorkbookSheet,
} from './criteria/workbook'
export { templateExampleSet } from './criteria/template'
export * from './scoring/score'
export * from './scoring/levels'
export * from './scoring/suggest'
export * from './scoring/progress'
export * from './scoring/deadline'
export * from './scoring/display'
export * from './model'
export * from './record'
export {
  nextEvidenceCode,
  formatEvidenceCode,
  parseEvidenceCode,
  EVIDENCE_CODE_FORMATS,
  DEFAULT_EVIDENCE_CODE_FORMAT,
  type EvidenceCodeFormat,
  checkEvidenceCode,
  normalizeEvidenceCode,
  compareEvidenceCodes,
  sortEvidence,
  evidenceByItem,
  evidenceCountFor,
  EVIDENCE_CODE_MAX_LENGTH,
  type EvidenceCodeProblem,
} from './evidence/codes'
export * from './evidence/links'
export * from './evidence/caption'
export * from './evidence/duplicates'
export * from './schoolYear'
export * from './inAppBrowser'
export * from './assessment/transitions'
export * from './assessment/rowWrites'
export {
  planResize,
  classifyImageFile,
  parseExifDateTime,
  chooseCaptureTime,
  DEFAULT_MAX_EDGE,
  THUMB_EDGE,
  JPEG_QUALITY,
  THUMB_QUALITY,
  type Size as ImageSize,
  type ImageFileKind,
  type ExifWallClock,
  type CaptureTime,
} from './evidence/photo-plan'
export * from './exchange'
export * from './errors'
export * from './ids'
export * from './deviceKeys'
export * from './team/members'
export * from './sheets'
export * from './submission'
export * from './desk'
export * from './planner'
export * from './ranking'
