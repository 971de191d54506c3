import { nextTick, onBeforeUnmount, onMounted, watch, type Ref } from 'vue'

/**
 * Focus for a bottom sheet or dialog, as a screen-reader or keyboard user needs it: when it opens,
 * focus moves to its title (give the title `tabindex="-1"`), so it is announced and Tab starts inside
 * it; when it closes — or is taken off the page while open — focus goes back to what opened it.
 * Works for a sheet mounted already open. `onEscape` closes it on Escape, except while an input
 * method is composing (Vietnamese keyboards use Escape to cancel a composition) or `canClose` says no.
 */
export function useSheetFocus(show: Ref<boolean>, titleId: () => string, canClose: () => boolean = () => true) {
  let opener: HTMLElement | null = null
  let open = false
  async function opened() {
    open = true
    const active = document.activeElement
    opener = active instanceof HTMLElement && active !== document.body ? active : null
    await nextTick()
    document.getElementById(titleId())?.focus({ preventScroll: true })
  }
  function closed() {
    if (!open) return
    open = false
    const back = opener
    opener = null
    if (back?.isConnected) back.focus({ preventScroll: true })
  }
  watch(show, (isOpen) => void (isOpen ? opened() : closed()))
  onMounted(() => {
    if (show.value) void opened()
  })
  onBeforeUnmount(closed)

  function onEscape(e: KeyboardEvent) {
    if (e.key === 'Escape' && !e.isComposing && canClose()) show.value = false
  }
  return { onEscape }
}
