/**
 * What writing an exchange file's rows does to the device, as the storage layer reports it: the
 * shapes shared by the repositories, the stores and the screens that show the outcome.
 */
import type { ExchangeData } from './data'

/** A stored photo or document with its thumbnail; `B` is the platform's binary type (Blob in the app). */
export interface StoredFile<B> {
  id: string
  blob: B
  /** Small JPEG for lists; absent for documents that are not images. */
  thumb?: B
  /** SHA-256 of `blob` (lowercase hex), kept when the file is added; computed again when absent. */
  sha256?: string
}

/** Everything the device holds, for a backup: every row, and every stored file. */
export interface Snapshot<B> extends Required<ExchangeData> {
  files: StoredFile<B>[]
}

/**
 * How a backup is restored onto a device that holds data:
 * - `replace`: the device then holds exactly the backup (settings aside);
 * - `merge`: rows the device lacks are added; rows on both sides stay as the device has them.
 */
export type ImportMode = 'replace' | 'merge'

/** A row kept as the device had it because the file held a different version of it. */
export interface KeptRow {
  table: 'schools' | 'assessments' | 'answers' | 'members' | 'evidence' | 'criteriaSets' | 'assignments'
  key: string
}

export interface ImportReport {
  mode: ImportMode
  /** Rows written per table. */
  added: Record<KeptRow['table'] | 'files', number>
  /** Rows that were already there, equal. */
  unchanged: number
  /** Rows present on both sides and different: the device's version was kept (merge only). */
  kept: KeptRow[]
  /** Evidence codes changed because the device already used them in that assessment. */
  renumbered: { evidenceId: string; from: string; to: string }[]
}

/**
 * Why a checked contribution was not written: the assessment is no longer a draft (or is gone), or
 * rows changed on the device since the file was checked (their item ids).
 */
export type ContributionRefusal = { reason: 'assessment' } | { reason: 'rows'; itemIds: string[] }
