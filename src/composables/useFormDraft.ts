import { watch } from 'vue'
import { LOCAL_KEYS } from '@/domain'

const PREFIX = LOCAL_KEYS.formDraftPrefix

/**
 * Keeps what a small form holds before it is submitted in this browser's localStorage, so leaving
 * the screen (to make a backup, say), a reload or a killed tab does not lose it. For forms whose
 * values are stored nowhere else until they are submitted; call `clearFormDraft` once they are.
 * Only what the user changed is kept (a default such as today's date stays a default on another day);
 * only string fields the form has are restored; a missing or broken draft starts from the defaults.
 */
export function useFormDraft<T extends Record<string, string>>(key: string, form: T): void {
  const full = PREFIX + key
  const defaults: Record<string, string> = { ...form }
  try {
    const saved: unknown = JSON.parse(localStorage.getItem(full) ?? 'null')
    if (saved && typeof saved === 'object') {
      const fields = form as Record<string, string>
      for (const [k, v] of Object.entries(saved)) if (k in fields && typeof v === 'string') fields[k] = v
    }
  } catch {
    // No storage (private mode) or a broken draft: the form starts as it is.
  }
  watch(
    () => Object.fromEntries(Object.entries(form).filter(([k, v]) => v !== defaults[k])),
    (changed) => {
      try {
        if (Object.keys(changed).length) localStorage.setItem(full, JSON.stringify(changed))
        else localStorage.removeItem(full)
      } catch {
        // Storage full or unavailable: the form still works, only the draft is not kept.
      }
    },
  )
}

/** Forgets a form's draft (after it was submitted and stored). */
export function clearFormDraft(key: string): void {
  try {
    localStorage.removeItem(PREFIX + key)
  } catch {
    // Nothing to forget.
  }
}
