/**
 * Exchange files (backup, assignment, contribution): formats, limits, validation and merge rules.
 * Pure: the zip itself is read and written by the packaging service.
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
  checkRatio,
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
  type PackageCounts,
  type ZipEntryInfo,
} from './manifest'
export {
  countData,
  parsePackageData,
  planFileEntries,
  unknownSetVersions,
  type CriteriaSetRow,
  type FileEntryPlan,
  type PackageData,
  type ReceivedAssignment,
} from './data'
export * from './merge'
export * from './restore'
export * from './build'
