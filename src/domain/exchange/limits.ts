/**
 * Size limits of exchange files. They bound what a hostile or broken file can make the phone
 * hold in memory, and are far above what a school produces (a year's evidence is a few hundred
 * photos of at most a few hundred KB each).
 */
export const EXCHANGE_FORMATS = ['chiso.backup', 'chiso.assignment', 'chiso.contribution'] as const
export type ExchangeFormat = (typeof EXCHANGE_FORMATS)[number]

/**
 * The reporting-up files: a school's submission and the reviewer's decision (their rules are in
 * `submission/`). Named here so that every reader can tell the user which kind of file it was given.
 */
export const REVIEW_FILE_FORMATS = ['chiso.submission', 'chiso.decision'] as const
export type ReviewFileFormat = (typeof REVIEW_FILE_FORMATS)[number]

/** Every kind of file chiso makes and reads. */
export type ChisoFormat = ExchangeFormat | ReviewFileFormat
export const CHISO_FORMATS: readonly ChisoFormat[] = [...EXCHANGE_FORMATS, ...REVIEW_FILE_FORMATS]

/** The format version this app writes and reads. */
export const EXCHANGE_FORMAT_VERSION = 1

export const KiB = 1024
export const MiB = 1024 * KiB
export const GiB = 1024 * MiB

/** Largest single photo or document inside a package. */
export const MAX_FILE_BYTES = 25 * MiB
/** Largest `data.json`. */
export const MAX_DATA_BYTES = 50 * MiB
/** Largest `manifest.json` (it lists every entry with its hash). */
export const MAX_MANIFEST_BYTES = 8 * MiB
/*
 * A zip bomb is refused by absolute size, never by compression ratio: every entry unpacks to at
 * most its cap (`MAX_MANIFEST_BYTES`, `MAX_DATA_BYTES`, `MAX_FILE_BYTES`), the entries together to
 * at most the format's `maxTotalBytes`, and unpacking stops at the size the zip declares. A ratio
 * limit refused the app's own backups (repetitive notes compress beyond any ratio one can pick).
 */
/** Longest entry path. */
export const MAX_PATH_LENGTH = 200

export interface FormatLimits {
  /** Sum of the sizes of all entries, as declared in the manifest. */
  maxTotalBytes: number
  /** Entries besides `manifest.json`. */
  maxEntries: number
  /** Whether photos and documents (`files/`, `thumbs/`) may be inside. */
  files: boolean
}

export const FORMAT_LIMITS: Readonly<Record<ExchangeFormat, FormatLimits>> = {
  'chiso.backup': { maxTotalBytes: 2 * GiB, maxEntries: 100_000, files: true },
  'chiso.contribution': { maxTotalBytes: 300 * MiB, maxEntries: 5_000, files: true },
  'chiso.assignment': { maxTotalBytes: MAX_DATA_BYTES, maxEntries: 1, files: false },
}

/**
 * Largest archive that may hold a package of these formats: the entries (stored entries are not
 * smaller than their content), the manifest, and a generous allowance for zip headers.
 */
export function maxArchiveBytes(formats: readonly ExchangeFormat[]): number {
  return Math.max(
    0,
    ...formats.map((f) => FORMAT_LIMITS[f].maxTotalBytes + MAX_MANIFEST_BYTES + (FORMAT_LIMITS[f].maxEntries + 1) * 512),
  )
}

/** Which files a file picker for exchange files should accept. */
export const EXCHANGE_FILE_ACCEPT = '.zip,application/zip'
