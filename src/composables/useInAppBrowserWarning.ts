import { ref } from 'vue'
import { detectInAppBrowser, LOCAL_KEYS, type InAppBrowserInfo } from '@/domain'

const KEY = LOCAL_KEYS.inAppWarningDismissed

function readDismissed(storage: Storage | undefined): boolean {
  try {
    return storage?.getItem(KEY) === '1'
  } catch {
    return false
  }
}

/**
 * The warning shown when the app runs inside a chat app's browser (Zalo, Facebook…): which one and
 * on which phone, or null. Dismissing it is remembered in this browser's localStorage (where such a
 * browser keeps it, which is the point of the warning).
 */
export function useInAppBrowserWarning(options: { userAgent?: string; storage?: Storage } = {}) {
  const userAgent = options.userAgent ?? (typeof navigator === 'undefined' ? '' : navigator.userAgent)
  const storage = options.storage ?? (typeof localStorage === 'undefined' ? undefined : localStorage)
  const detected: InAppBrowserInfo | null = detectInAppBrowser(userAgent)
  const info = ref<InAppBrowserInfo | null>(detected && !readDismissed(storage) ? detected : null)

  function dismiss() {
    info.value = null
    try {
      storage?.setItem(KEY, '1')
    } catch {
      // No storage: the warning is hidden until the next load.
    }
  }
  return { info, dismiss }
}
