import { heads, loaders } from 'virtual:criteria-sets'
import { MAX_CRITERIA_SET_CHARS, parseCriteriaSet, setKey, type CriteriaSet, type CriteriaSetError, type Result } from '@/domain'

/** What a list of sets shows of one: names and provenance; no groups, criteria, rows or notes. */
export type SetHead = Pick<CriteriaSet, 'id' | 'version' | 'title' | 'shortTitle'> & { status: Pick<CriteriaSet['status'], 'provenance'> }

/**
 * The sets shipped with the app, as listed: known at once, without loading any set. Each set is
 * shipped in its own file (precached by the service worker, so no fetch once installed), already
 * validated by the domain's parser when the app was built (see scripts/vite-criteria-sets.ts).
 */
export function builtInHeads(): readonly SetHead[] {
  return heads
}

/** Loads one built-in set; undefined when the app has no such set or version. */
export async function loadBuiltInSet(setId: string, version: string): Promise<CriteriaSet | undefined> {
  const load = loaders[setKey({ setId, version })]
  return load ? load() : undefined
}

/** Every built-in set, loaded (each from its own chunk). */
export async function builtInSets(): Promise<CriteriaSet[]> {
  const sets = await Promise.all(heads.map((h) => loadBuiltInSet(h.id, h.version)))
  return sets.filter((s): s is CriteriaSet => s !== undefined)
}

/** Largest file accepted (UTF-8 bytes); text is at most one char per byte, so this bounds both. */
export const MAX_SET_FILE_BYTES = MAX_CRITERIA_SET_CHARS

/** Reads and validates a set file the user picked. Never throws; never reads a file over the limit. */
export async function readCriteriaSetFile(file: Blob): Promise<Result<CriteriaSet, CriteriaSetError> & { text?: string }> {
  if (file.size > MAX_SET_FILE_BYTES)
    return {
      ok: false,
      errors: [
        {
          code: 'too-large',
          path: '',
          detail: `file is ${file.size} bytes, limit ${MAX_SET_FILE_BYTES}`,
          params: { size: file.size, limit: MAX_SET_FILE_BYTES },
        },
      ],
    }
  let text: string
  try {
    text = await file.text()
  } catch {
    return { ok: false, errors: [{ code: 'not-json', path: '', detail: 'the file could not be read', params: {} }] }
  }
  return { ...parseCriteriaSet(text), text }
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** Whether a picked file is a spreadsheet (read by `setWorkbook.ts`, loaded on demand) rather than a JSON set file. */
export const isWorkbookFile = (file: { name: string; type: string }): boolean =>
  file.type === XLSX_TYPE || /\.xlsx$/i.test(file.name)
