import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref } from 'vue'
import { repos } from '@/db'
import type { Result, School, StorageErrorCode } from '@/domain'
import { newId, nowIso } from '@/services/clock'
import { attempt } from './write'

export type SchoolInput = Omit<School, 'id' | 'createdAt' | 'updatedAt'>

const clean = (s: string) => s.normalize('NFC').trim()

export const useSchoolsStore = defineStore('schools', () => {
  const schools = ref<School[]>([])
  const loaded = ref(false)

  async function refresh() {
    schools.value = await repos().schools.list()
    loaded.value = true
  }

  /** Creates (no id) or updates a school. Persists first, then updates the list. */
  function save(input: SchoolInput, id?: string): Promise<Result<School, StorageErrorCode>> {
    return attempt(async () => {
      const now = nowIso()
      const existing = id ? await repos().schools.get(id) : undefined
      const school: School = {
        id: existing?.id ?? newId(),
        name: clean(input.name),
        code: clean(input.code),
        kind: input.kind,
        province: clean(input.province),
        commune: clean(input.commune),
        managingBody: clean(input.managingBody),
        headName: clean(input.headName),
        createdAt: existing?.createdAt ?? now,
        updatedAt: now,
      }
      await repos().schools.put(school)
      await refresh()
      return school
    })
  }

  /** Removes the school with everything it holds. */
  function remove(id: string): Promise<Result<void, StorageErrorCode>> {
    return attempt(async () => {
      await repos().schools.remove(id)
      await refresh()
    })
  }

  const byId = (id: string) => schools.value.find((s) => s.id === id)

  return { schools, loaded, refresh, save, remove, byId }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useSchoolsStore, import.meta.hot))
