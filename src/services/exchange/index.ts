/** Exchange files: building and reading the zips, and handing them to the share sheet. */
export {
  buildAssignment,
  buildBackup,
  buildContribution,
  carriedFiles,
  readExchangeFile,
  type BuildOptions,
  type BuildResult,
  type CarriedFile,
  type Progress,
  type ReadResult,
} from './zip'
export { shareOrDownload, download, type ShareOutcome } from '@/services/share'
