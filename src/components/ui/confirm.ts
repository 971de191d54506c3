import { showConfirmDialog } from 'vant'
import 'vant/es/dialog/style/index'
import { nextTick } from 'vue'

export interface ConfirmOptions {
  title: string
  message: string
  confirmText: string
  cancelText: string
  /** For destructive actions: the confirm button in the app's "bad" colour. */
  danger?: boolean
}

/**
 * Asks before an action; resolves true when confirmed. Vant's dialog points `aria-labelledby` at its
 * title *text* rather than an element id, which leaves the dialog without an accessible name, so the
 * title is given as `aria-label` instead. The message is shown as text (never HTML).
 */
export async function confirmAction(o: ConfirmOptions): Promise<boolean> {
  const answer = showConfirmDialog({
    title: o.title,
    message: o.message,
    confirmButtonText: o.confirmText,
    cancelButtonText: o.cancelText,
    className: 'confirm-action',
    ...(o.danger ? { confirmButtonColor: 'var(--c-bad)' } : {}),
  }).then(
    () => true,
    () => false,
  )
  await nextTick()
  const dialog = document.querySelector('.confirm-action[role="dialog"]')
  dialog?.removeAttribute('aria-labelledby')
  dialog?.setAttribute('aria-label', o.title)
  return answer
}
