import { useId, useTemplateRef } from 'vue'

/**
 * A visible button that opens the device's file picker through a hidden `<input type="file"
 * ref="input">`. The input is cleared after each pick, so picking the same file again (after fixing
 * it) fires again.
 */
export function useFilePick(onFile: (file: File) => void) {
  const id = useId()
  const input = useTemplateRef<HTMLInputElement>('input')
  function onChange() {
    const el = input.value
    const file = el?.files?.[0]
    if (file) onFile(file)
    if (el) el.value = ''
  }
  return { id, onChange, open: () => input.value?.click() }
}
