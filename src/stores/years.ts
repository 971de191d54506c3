import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import { repos } from '@/db'
import { assessmentPerYear, idMap, type Assessment, type YearEntry } from '@/domain'
import { useCriteriaSetsStore } from './criteriaSets'

export interface SchoolYearEntry extends YearEntry {
  assessment: Assessment
}

/** One school's assessments year by year (the revision that speaks for each year), with their sets and answers. */
export const useYearsStore = defineStore('years', () => {
  const schoolId = ref<string | null>(null)
  const entries = shallowRef<SchoolYearEntry[]>([])
  /** Years whose criteria set is not on this device: listed, not compared. */
  const withoutSet = shallowRef<Assessment[]>([])
  const state = ref<'idle' | 'loading' | 'ready'>('idle')

  async function open(id: string) {
    state.value = 'loading'
    schoolId.value = id
    const sets = useCriteriaSetsStore()
    const picked = assessmentPerYear(await repos().assessments.listBySchool(id))
    const found: SchoolYearEntry[] = []
    const missing: Assessment[] = []
    for (const a of picked) {
      const set = await sets.load(a.setId, a.version)
      if (!set) {
        missing.push(a)
        continue
      }
      const answers = idMap((await repos().answers.list(a.id)).map((row) => [row.itemId, row.value] as const))
      found.push({ schoolYear: a.schoolYear, set, answers, assessment: a })
    }
    if (schoolId.value !== id) return
    entries.value = found
    withoutSet.value = missing
    state.value = 'ready'
  }

  return { schoolId, entries, withoutSet, state, open }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useYearsStore, import.meta.hot))
