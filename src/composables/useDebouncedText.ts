import { onBeforeUnmount, ref, watch, type Ref } from 'vue'

/**
 * A text field that saves while the user types: `commit` runs 400 ms after the last keystroke, and at
 * once on blur, when the page is hidden (app switched, phone locked) or when the field goes away.
 */
export function useDebouncedText(source: () => string, commit: (text: string) => void, delay = 400) {
  const text: Ref<string> = ref(source())
  let timer: ReturnType<typeof setTimeout> | undefined
  let dirty = false

  watch(source, (v) => {
    if (!dirty) text.value = v
  })

  function flush() {
    if (timer) clearTimeout(timer)
    timer = undefined
    if (!dirty) return
    dirty = false
    commit(text.value)
  }

  function onInput(value: string) {
    text.value = value
    dirty = true
    if (timer) clearTimeout(timer)
    timer = setTimeout(flush, delay)
  }

  const onHide = () => {
    if (document.visibilityState === 'hidden') flush()
  }
  document.addEventListener('visibilitychange', onHide)
  window.addEventListener('pagehide', flush)
  onBeforeUnmount(() => {
    flush()
    document.removeEventListener('visibilitychange', onHide)
    window.removeEventListener('pagehide', flush)
  })

  return { text, onInput, flush }
}
