export { prepareRecordPdf, renderRecordPdf, type RenderRecordOptions } from './render'
export {
  recordDocDefinition,
  selectSections,
  photoIds,
  RECORD_FONT,
  PAGE_MARGINS_MM,
  BODY_SIZE,
  type RecordPdfDefinition,
} from './docDefinition'
export { loadPrintPhotos, printPhoto, PDF_PHOTO_EDGE, type LoadedPhotos, type StoredPhotoFile, type WantedPhoto } from './images'
