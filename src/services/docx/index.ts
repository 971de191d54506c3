/**
 * The record as a Word file (.docx), made on the device. The `docx` library is loaded only when
 * the user asks for Word (this module is imported lazily by the record store).
 */
import { Packer } from 'docx'
import type { RecordModel, RecordSectionId } from '@/domain'
import { recordDocx } from './document'

export { recordDocx } from './document'

/** Renders the record (or the chosen sections) to a .docx Blob. */
export async function renderRecordDocx(
  model: RecordModel,
  opts: { sections?: readonly RecordSectionId[]; photos: ReadonlyMap<string, Uint8Array> },
): Promise<Blob> {
  const blob = await Packer.toBlob(recordDocx(model, opts.photos, opts.sections))
  return new Blob([blob], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' })
}
