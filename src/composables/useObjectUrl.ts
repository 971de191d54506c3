import { onScopeDispose, readonly, ref, toValue, watch, type MaybeRefOrGetter, type Ref } from 'vue'

/**
 * An object URL for a Blob (a thumbnail, a stored photo or document), made when the Blob is there
 * and revoked when it changes or the component goes away, so pictures never pile up in memory.
 */
export function useObjectUrl(source: MaybeRefOrGetter<Blob | null | undefined>): Readonly<Ref<string | undefined>> {
  const url = ref<string>()
  const release = () => {
    if (url.value) URL.revokeObjectURL(url.value)
    url.value = undefined
  }
  watch(
    () => toValue(source),
    (blob) => {
      release()
      if (blob) url.value = URL.createObjectURL(blob)
    },
    { immediate: true },
  )
  onScopeDispose(release)
  return readonly(url)
}
