import { computed, shallowRef } from 'vue'
import { canShareFiles, download, shareFile, type ShareOutcome } from '@/services/share'

/** A file made on this device (a record, a backup, an exchange file): its bytes and its name. */
export interface MadeFileBase {
  blob: Blob
  fileName: string
}

/**
 * The last file made, kept so it can be shared again (a fresh tap, when the share sheet needs one)
 * or downloaded without making it again.
 */
export function createMadeFile<F extends MadeFileBase>() {
  const last = shallowRef<F | null>(null)
  const canShare = computed(() => (last.value ? canShareFiles(last.value.blob, last.value.fileName) : false))

  /** Shares the file again, or downloads it where sharing is not possible. */
  async function shareLast(): Promise<ShareOutcome | null> {
    const f = last.value
    if (!f) return null
    if (canShareFiles(f.blob, f.fileName)) {
      const outcome = await shareFile(f.blob, f.fileName)
      if (outcome === 'shared' || outcome === 'cancelled') return outcome
    }
    download(f.blob, f.fileName)
    return 'downloaded'
  }

  function downloadLast(): boolean {
    const f = last.value
    if (!f) return false
    download(f.blob, f.fileName)
    return true
  }

  return { last, canShare, shareLast, downloadLast }
}
