import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, shallowRef } from 'vue'
import { repos } from '@/db'
import { parseCriteriaSet, setKey, type CriteriaSet, type CriteriaSetError, type Result } from '@/domain'
import { nowIso } from '@/services/clock'
import { builtInHeads, isWorkbookFile, loadBuiltInSet, readCriteriaSetFile, type SetHead } from '@/services/criteriaSets'
import { download } from '@/services/share'

export interface AvailableSet {
  set: CriteriaSet
  source: 'built-in' | 'loaded'
  fileName?: string
  loadedAt?: string
}

/** A set as a list shows it, known without loading a built-in set's rows. */
export interface ListedSet {
  head: SetHead
  source: AvailableSet['source']
}

export type ImportSetResult =
  | { ok: true; set: CriteriaSet }
  | { ok: false; errors: CriteriaSetError[] }
  | { ok: false; reason: 'exists'; set: CriteriaSet }

/** The spreadsheet code and its libraries, loaded on first use only. */
const sheets = () => import('@/services/setWorkbook')

export const useCriteriaSetsStore = defineStore('criteriaSets', () => {
  const heads = builtInHeads()
  const isBuiltIn = (setId: string, version: string) => heads.some((h) => h.id === setId && h.version === version)
  /** Built-in sets loaded so far, by key; each is loaded once, when a screen needs it. */
  const builtInLoaded = shallowRef<ReadonlyMap<string, CriteriaSet>>(new Map())
  const builtInLoading = new Map<string, Promise<void>>()
  const loaded = shallowRef<AvailableSet[]>([])

  const builtIn = computed(() =>
    heads.flatMap((h): AvailableSet[] => {
      const set = builtInLoaded.value.get(setKey({ setId: h.id, version: h.version }))
      return set ? [{ set, source: 'built-in' }] : []
    }),
  )
  /** Every set loaded so far: after `refresh()`, every set on the device. */
  const all = computed(() => [...builtIn.value, ...loaded.value])
  /** Every set on the device, as a list shows it: the built-in ones without loading them. */
  const listed = computed<ListedSet[]>(() => [
    ...heads.map((head): ListedSet => ({ head, source: 'built-in' })),
    ...loaded.value.map((a): ListedSet => ({ head: a.set, source: 'loaded' })),
  ])

  function loadBuiltIn(setId: string, version: string): Promise<void> {
    const key = setKey({ setId, version })
    if (builtInLoaded.value.has(key)) return Promise.resolve()
    let pending = builtInLoading.get(key)
    if (!pending) {
      pending = loadBuiltInSet(setId, version)
        .then((set) => {
          if (set) builtInLoaded.value = new Map([...builtInLoaded.value, [key, set]])
        })
        // A failed load may be tried again.
        .finally(() => builtInLoading.delete(key))
      builtInLoading.set(key, pending)
    }
    return pending
  }

  /** Reads the sets loaded on the device again; loads no built-in set (lists use `listed`). */
  async function refreshLoaded() {
    const rows = await repos().criteriaSets.list()
    loaded.value = rows.flatMap((row) => {
      const r = parseCriteriaSet(row.text)
      return r.ok ? [{ set: r.value, source: 'loaded' as const, fileName: row.fileName, loadedAt: row.loadedAt }] : []
    })
  }

  /** Reads every set on the device: the loaded ones again, and every built-in one not loaded yet. */
  async function refresh() {
    await Promise.all([refreshLoaded(), ...heads.map((h) => loadBuiltIn(h.id, h.version))])
  }

  /** A set already loaded (see `load` and `refresh`). */
  function get(setId: string, version: string): CriteriaSet | undefined {
    return all.value.find((a) => a.set.id === setId && a.set.version === version)?.set
  }

  /** One set, loading it when needed: a built-in one alone, or the sets loaded on the device. */
  async function load(setId: string, version: string): Promise<CriteriaSet | undefined> {
    const known = get(setId, version)
    if (known) return known
    await (isBuiltIn(setId, version) ? loadBuiltIn(setId, version) : refreshLoaded())
    return get(setId, version)
  }

  /** The set of an assessment on the device, loading it when needed (undefined: no such assessment or set). */
  async function loadForAssessment(assessmentId: string): Promise<CriteriaSet | undefined> {
    const a = await repos().assessments.get(assessmentId)
    return a ? load(a.setId, a.version) : undefined
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
    // Named by the set already present, not by the file's own (perhaps false) title.
    await refreshLoaded()
    const present = await load(r.value.id, r.value.version)
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
    await refreshLoaded()
    return { ok: true, set: r.value }
  }

  /** Deletes a loaded set; refused (false) while an assessment uses that version, and for built-in sets. */
  async function remove(setId: string, version: string): Promise<boolean> {
    if (isBuiltIn(setId, version)) return false
    const done = await repos().criteriaSets.remove(setId, version)
    await refreshLoaded()
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

  return { all, listed, refresh, refreshLoaded, get, load, loadForAssessment, importFile, remove, downloadWorkbook, downloadTemplate }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useCriteriaSetsStore, import.meta.hot))
