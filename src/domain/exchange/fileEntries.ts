/**
 * The files of an exchange file's evidence: one `files/<id>.<ext>` entry (and possibly a
 * `thumbs/<id>.jpg` thumbnail) per distinct file that evidence refers to.
 */
import type { Evidence } from '../model'
import { evidenceFilePath, thumbPath } from './paths'

/** An entry a package holds besides `manifest.json` and `data.json`. */
export interface FileEntryPlan {
  fileId: string
  path: string
  mime: string
  /** `thumbs/<id>.jpg`; whether it exists depends on the device's data. */
  thumbPath: string
}

/** One entry per distinct file referenced by evidence, typed by the first evidence that names it. */
export function planFileEntries(evidence: readonly Evidence[]): FileEntryPlan[] {
  const byId = new Map<string, FileEntryPlan>()
  for (const e of evidence)
    if (e.file && !byId.has(e.file.id))
      byId.set(e.file.id, {
        fileId: e.file.id,
        path: evidenceFilePath(e.file.id, e.file.mime),
        mime: e.file.mime,
        thumbPath: thumbPath(e.file.id),
      })
  return [...byId.values()]
}
