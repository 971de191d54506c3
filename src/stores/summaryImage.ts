import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref } from 'vue'
import type { SummaryCard } from '@/domain'
import { shareOrDownload, type ShareOutcome } from '@/services/share'

/** The summary shared as a picture (to a Zalo group), or downloaded where the browser cannot share files. */
export const useSummaryImageStore = defineStore('summaryImage', () => {
  const busy = ref(false)
  const outcome = ref<ShareOutcome | 'failed' | null>(null)

  async function share(card: SummaryCard): Promise<ShareOutcome | 'failed'> {
    busy.value = true
    outcome.value = null
    try {
      const { summaryPng } = await import('@/services/shareImage')
      const blob = await summaryPng(card)
      outcome.value = await shareOrDownload(blob, card.fileName, card.school)
    } catch {
      outcome.value = 'failed'
    } finally {
      busy.value = false
    }
    return outcome.value
  }

  return { busy, outcome, share }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useSummaryImageStore, import.meta.hot))
