import { onBeforeUnmount, ref, watch, type Ref } from 'vue'

/**
 * A text field that saves as the user types: `commit` runs 400 ms after the last keystroke, and at
 * once on blur, when the page is hidden (app switched, phone locked) or when the field goes away.
 * `mark` is read when typing begins and handed to `commit` (what the text was typed on); while the
 * user is not typing, the field follows `source`, and is set to it again whenever `follow` changes
 * (the stored row was replaced, even by one with the same text).
 */
export function useDebouncedText<M = undefined>(
  source: () => string,
  commit: (text: string, began: M) => void,
  delay = 400,
  options: { mark?: () => M; follow?: () => unknown } = {},
) {
  const text: Ref<string> = ref(source())
  let timer: ReturnType<typeof setTimeout> | undefined
  let dirty = false
  let began = undefined as M

  watch([source, options.follow ?? (() => undefined)], ([v]) => {
    if (!dirty) text.value = v
  })

  function flush() {
    if (timer) clearTimeout(timer)
    timer = undefined
    if (!dirty) return
    dirty = false
    commit(text.value, began)
  }

  function onInput(value: string) {
    if (!dirty) began = options.mark ? options.mark() : (undefined as M)
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
