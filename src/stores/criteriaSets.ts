import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, shallowRef } from 'vue'
import { repos } from '@/db'
import { parseCriteriaSet, setKey, type CriteriaSet, type CriteriaSetError, type Result } from '@/domain'
import { nowIso } from '@/services/clock'
import { builtInSets, isWorkbookFile, readCriteriaSetFile } from '@/services/criteriaSets'
import { download } from '@/services/share'

export interface AvailableSet {
  set: CriteriaSet
  source: 'built-in' | 'loaded'
  fileName?: string
  loadedAt?: string
}

export type ImportSetResult =
  | { ok: true; set: CriteriaSet }
  | { ok: false; errors: CriteriaSetError[] }
  | { ok: false; reason: 'exists'; set: CriteriaSet }

/** The spreadsheet code and its libraries, loaded on first use only. */
const sheets = () => import('@/services/setWorkbook')

export const useCriteriaSetsStore = defineStore('criteriaSets', () => {
  const builtIn = builtInSets().map((set): AvailableSet => ({ set, source: 'built-in' }))
  const loaded = shallowRef<AvailableSet[]>([])

  const all = computed(() => [...builtIn, ...loaded.value])

  async function refresh() {
    const rows = await repos().criteriaSets.list()
    loaded.value = rows.flatMap((row) => {
      const r = parseCriteriaSet(row.text)
      return r.ok ? [{ set: r.value, source: 'loaded' as const, fileName: row.fileName, loadedAt: row.loadedAt }] : []
    })
  }

  function get(setId: string, version: string): CriteriaSet | undefined {
    return all.value.find((a) => a.set.id === setId && a.set.version === version)?.set
  }

  /**
   * Validates a file (a JSON set, or a set written as an .xlsx spreadsheet) and stores it. A file
   * that fails validation changes nothing.
   */
  async function importFile(file: File): Promise<ImportSetResult> {
    const r = isWorkbookFile(file) ? await (await sheets()).readSetWorkbook(file) : await readCriteriaSetFile(file)
    if (!r.ok) return r
    // The list may not have been read yet (e.g. a screen imported before any refresh):
    // read it first so an existing version is never overwritten.
    await refresh()
    // Named by the set already present, not by the file's own (perhaps false) title.
    const present = get(r.value.id, r.value.version)
    if (present) return { ok: false, reason: 'exists', set: present }
    await repos().criteriaSets.put({
      key: setKey({ setId: r.value.id, version: r.value.version }),
      setId: r.value.id,
      version: r.value.version,
      fileName: file.name,
      // A spreadsheet is kept as the set's JSON, which is what every other part of the app reads.
      text: 'text' in r && typeof r.text === 'string' ? r.text : JSON.stringify(r.value, null, 2),
      loadedAt: nowIso(),
    })
    await refresh()
    return { ok: true, set: r.value }
  }

  /** Deletes a loaded set; refused (false) while an assessment uses that version, and for built-in sets. */
  async function remove(setId: string, version: string): Promise<boolean> {
    if (builtIn.some((a) => a.set.id === setId && a.set.version === version)) return false
    const done = await repos().criteriaSets.remove(setId, version)
    await refresh()
    return done
  }

  /** Saves a set as an .xlsx spreadsheet in the template's layout (any set, the built-in ones included). */
  async function downloadWorkbook(set: CriteriaSet): Promise<Result<string, 'failed'>> {
    try {
      const io = await sheets()
      const fileName = io.setWorkbookName(set)
      download(await io.writeSetWorkbook(set), fileName)
      return { ok: true, value: fileName }
    } catch {
      return { ok: false, errors: ['failed'] }
    }
  }

  /** Saves the spreadsheet template, with an example set filled in. */
  async function downloadTemplate(): Promise<Result<string, 'failed'>> {
    try {
      const io = await sheets()
      download(await io.writeSetTemplate(), io.TEMPLATE_NAME)
      return { ok: true, value: io.TEMPLATE_NAME }
    } catch {
      return { ok: false, errors: ['failed'] }
    }
  }

  return { all, refresh, get, importFile, remove, downloadWorkbook, downloadTemplate }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useCriteriaSetsStore, import.meta.hot))
