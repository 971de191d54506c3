export * from './rank'
export * from './classify'
export * from './charts'
