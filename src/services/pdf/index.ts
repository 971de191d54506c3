export { renderRecordPdf, type RenderRecordOptions } from './render'
export {
  recordDocDefinition,
  selectSections,
  photoIds,
  RECORD_FONT,
  PAGE_MARGINS_MM,
  BODY_SIZE,
} from './docDefinition'
