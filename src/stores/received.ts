import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import { repos } from '@/db'

export interface ReceivedSummary {
  assessmentId: string
  schoolName: string
  memberName: string
  schoolYear: string
  itemCount: number
}

/**
 * What the home screen shows of exchange files: the assignments this phone received, and a file
 * picked there for the open-file screen to read. Kept apart from the team store so the first screen
 * does not load the team, evidence and exchange-file code.
 */
export const useReceivedStore = defineStore('received', () => {
  const receivedList = ref<ReceivedSummary[]>([])
  /** A file picked on another screen, for the open-file screen to read. */
  const pendingFile = shallowRef<File | null>(null)

  async function loadReceived() {
    const list: ReceivedSummary[] = []
    for (const a of await repos().assessments.list()) {
      const r = await repos().exchange.receivedAssignment(a.id)
      if (!r) continue
      const h = r.assignment
      list.push({ assessmentId: a.id, schoolName: h.schoolName, memberName: h.memberName, schoolYear: a.schoolYear, itemCount: h.assignedItemIds.length })
    }
    receivedList.value = list
  }

  function takePending(): File | null {
    const f = pendingFile.value
    pendingFile.value = null
    return f
  }

  return { receivedList, pendingFile, loadReceived, takePending }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useReceivedStore, import.meta.hot))
