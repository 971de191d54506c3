import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, shallowRef } from 'vue'
import { repos } from '@/db'
import { parseCriteriaSet, setKey, type CriteriaSet, type CriteriaSetError } from '@/domain'
import { nowIso } from '@/services/clock'
import { builtInSets, readCriteriaSetFile } from '@/services/criteriaSets'

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

  /** Validates a file and stores it. A file that fails validation changes nothing. */
  async function importFile(file: File): Promise<ImportSetResult> {
    const r = await readCriteriaSetFile(file)
    if (!r.ok) return r
    // The list may not have been read yet (e.g. a screen imported before any refresh):
    // read it first so an existing version is never overwritten.
    await refresh()
    if (get(r.value.id, r.value.version)) return { ok: false, reason: 'exists', set: r.value }
    await repos().criteriaSets.put({
      key: setKey({ setId: r.value.id, version: r.value.version }),
      setId: r.value.id,
      version: r.value.version,
      fileName: file.name,
      text: r.text ?? JSON.stringify(r.value),
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

  return { all, refresh, get, importFile, remove }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useCriteriaSetsStore, import.meta.hot))
