import { ref } from 'vue'
import { registerSW } from 'virtual:pwa-register'

/** True once a new version is installed and waiting; the UI offers to apply it. */
export const needRefresh = ref(false)

let updateSW: ((reloadPage?: boolean) => Promise<void>) | undefined

export function registerServiceWorker(): void {
  updateSW = registerSW({
    onNeedRefresh() {
      needRefresh.value = true
    },
  })
}

/** Activates the waiting service worker and reloads; call only when the user asks for it. */
export async function applyUpdate(): Promise<void> {
  await updateSW?.(true)
}
