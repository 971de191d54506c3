export * from './nextLevel'
export * from './compare'
