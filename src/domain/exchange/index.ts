/**
 * Exchange files (DESIGN §7: backup, assignment, contribution — and every later kind): their formats,
 * limits, validation and merge rules, the names they are saved under, and the backup reminder's rule.
 * Pure: the zip itself is read and written by `src/services/exchange`, the writes are
 * `repos().exchange`, and the workflows are the exchange store.
 */
export * from './errors'
export * from './limits'
export {
  checkEntryPath,
  entryKind,
  evidenceFilePath,
  extensionForMime,
  fileIdOfPath,
  isCompressedPath,
  isLayoutFolder,
  printablePath,
  thumbPath,
  DATA_PATH,
  ID_PATTERN,
  MANIFEST_PATH,
  type EntryKind,
  type PathProblem,
} from './paths'
export { isIsoDate, isIsoDateTime } from './fields'
export {
  checkArchiveAgainstManifest,
  checkManifestEntries,
  checkUnpackedSize,
  unpackedCap,
  parseManifest,
  MAX_ASSIGNED_ITEMS,
  TEXT_LIMITS,
  type AssignmentHeader,
  type AssignmentManifest,
  type BackupManifest,
  type BaselineRow,
  type ContributionManifest,
  type Manifest,
  type ManifestEntry,
  type ManifestOf,
  type ExchangeCounts,
  type ZipEntryInfo,
} from './manifest'
export type { CriteriaSetRow, ReceivedAssignment } from './rows'
export { countData, parseExchangeData, type ExchangeData } from './data'
export { planFileEntries, type FileEntryPlan } from './fileEntries'
export { unknownSetVersions, answersAgainstSets } from './setChecks'
export * from './merge'
export * from './restore'
export * from './build'
export * from './backupNudge'
export * from './kind'
