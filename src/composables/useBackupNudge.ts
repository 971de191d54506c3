import { computed, onMounted } from 'vue'
import { useBackupStore } from '@/stores/backup'

/**
 * The backup reminder for a screen: `reason` is `never` (data, but no backup made on this device),
 * `changes` (significant changes since the last backup; with `beforeApproval`, any change), or
 * null. Reads the figures when the screen opens.
 */
export function useBackupNudge(options: { beforeApproval?: boolean } = {}) {
  const store = useBackupStore()
  onMounted(() => void store.refreshNudge().catch(() => undefined))
  return {
    reason: computed(() => (options.beforeApproval ? store.nudgeBeforeApproval : store.nudge)),
    changes: computed(() => store.changes),
    lastBackupAt: computed(() => store.lastBackupAt),
    dismiss: () => store.dismissNudge(),
  }
}
