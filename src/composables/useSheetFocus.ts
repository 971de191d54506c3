import { nextTick, onMounted, watch, type Ref } from 'vue'

/**
 * Focus for a bottom sheet or dialog, as a screen-reader or keyboard user needs it: when it opens,
 * focus moves to its title (give the title `tabindex="-1"`), so it is announced and Tab starts inside
 * it; when it closes, focus goes back to what opened it. Works for a sheet mounted already open.
 */
export function useSheetFocus(show: Ref<boolean>, titleId: () => string) {
  let opener: HTMLElement | null = null
  async function opened() {
    const active = document.activeElement
    opener = active instanceof HTMLElement && active !== document.body ? active : null
    await nextTick()
    document.getElementById(titleId())?.focus()
  }
  function closed() {
    const back = opener
    opener = null
    if (back?.isConnected) back.focus()
  }
  watch(show, (open) => void (open ? opened() : closed()))
  onMounted(() => {
    if (show.value) void opened()
  })
}
