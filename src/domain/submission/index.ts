/**
 * Reporting up: what a school's submission holds and how it is hashed (canonical content and its
 * fingerprint), what the reviewer's app finds when it recomputes one, the decision that goes back
 * to the school, and the per-row table for the sector database.
 */
export * from './canonical'
export * from './content'
export * from './check'
export * from './decision'
export * from './sectorTable'
export * from './file'
export * from './fileNames'
export * from './receive'
