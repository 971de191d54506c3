/**
 * The managing body's review desk: unit and campaign, the roster of expected schools, each
 * school's submissions (history and supersession) and status, the overview's counts and filters,
 * several reviewers' reviews and their consolidation, and the result that counts for each school.
 */
export * from './campaign'
export * from './roster'
export * from './history'
export * from './progress'
export * from './review'
export * from './agreed'
export * from './intake'
export * from './compare'
export * from './assign'
export * from './reviewFile'
