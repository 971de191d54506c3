export * from './nextLevel'
export * from './compare'
export * from './actions'
export * from './summaryCard'
