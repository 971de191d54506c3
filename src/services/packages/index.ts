/** Exchange files: building and reading the zips, and handing them to the share sheet. */
export {
  buildAssignment,
  buildBackup,
  buildContribution,
  packageFiles,
  readPackage,
  type BuildOptions,
  type BuildResult,
  type PackageFile,
  type Progress,
  type ReadResult,
} from './zip'
export { shareOrDownload, download, type ShareOutcome } from './share'
