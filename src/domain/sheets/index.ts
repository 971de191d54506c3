/** Spreadsheet cells and CSV, for every table the app reads or writes. */
export * from './cells'
