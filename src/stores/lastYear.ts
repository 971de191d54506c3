import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import { repos } from '@/db'
import { idMap, lastYearRows, own, previousYear, type Assessment, type LastYearRow } from '@/domain'
import { useCriteriaSetsStore } from './criteriaSets'

/**
 * Last year's answers beside this year's rows: the school's assessment for the newest earlier year
 * (its approved revision where there is one), matched to this year's set row by row by id.
 */
export const useLastYearStore = defineStore('lastYear', () => {
  const assessmentId = ref<string | null>(null)
  /** The year the values come from, null when the school has no earlier year on this device. */
  const schoolYear = ref<string | null>(null)
  const rows = shallowRef<Record<string, LastYearRow>>(idMap())

  /** Loads last year for this assessment; nothing is shown when that year or its set is missing. */
  async function open(current: Assessment) {
    if (assessmentId.value === current.id) return
    assessmentId.value = current.id
    schoolYear.value = null
    rows.value = idMap()
    try {
      const sets = useCriteriaSetsStore()
      const prev = previousYear(await repos().assessments.listBySchool(current.schoolId), current.schoolYear)
      if (!prev) return
      const [earlierSet, set] = await Promise.all([sets.load(prev.setId, prev.version), sets.load(current.setId, current.version)])
      if (!earlierSet || !set) return
      const answers = idMap((await repos().answers.list(prev.id)).map((r) => [r.itemId, r.value] as const))
      if (assessmentId.value !== current.id) return
      rows.value = lastYearRows({ schoolYear: prev.schoolYear, set: earlierSet, answers }, set)
      schoolYear.value = prev.schoolYear
    } catch {
      // Last year is a help, not the work: a failed read leaves the screen without it.
    }
  }

  const row = (itemId: string): LastYearRow | undefined => (schoolYear.value ? own(rows.value, itemId) : undefined)

  return { assessmentId, schoolYear, rows, open, row }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useLastYearStore, import.meta.hot))
