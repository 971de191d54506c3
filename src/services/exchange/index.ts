/**
 * Exchange files: building and reading the zips, and handing them to the share sheet. Loaded on
 * demand (`import('@/services/exchange')`). Backup, assignment and contribution files are in
 * `./zip`; the reporting-up files (submission, decision) in `./review`.
 */
export {
  buildAssignment,
  buildBackup,
  buildContribution,
  carriedFiles,
  readExchangeFile,
  verifyExchangeFile,
  type BuildOptions,
  type BuildResult,
  type CarriedFile,
  type Progress,
  type ReadResult,
} from './zip'
export {
  blobSha256,
  buildDecisionFile,
  criteriaSetSha256,
  buildSubmissionFile,
  readDecisionFile,
  readSubmissionFile,
  submissionSha256,
  type MadeDecision,
  type MadeSubmission,
  type ReadDecision,
  type ReadSubmission,
  type ReviewFileHead,
  type SubmissionAttachments,
  type SubmissionBuildOptions,
} from './review'
export { shareOrDownload, download, type ShareOutcome } from '@/services/share'
