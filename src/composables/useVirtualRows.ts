import { useVirtualizer } from '@tanstack/vue-virtual'
import { computed, ref, toValue, type MaybeRefOrGetter } from 'vue'

export interface VirtualRowsOptions<T> {
  /** A first guess at a row's height in px; each drawn row is then measured. */
  estimate: number
  /** A stable key per row, so a row keeps its element when the list is filtered or re-sorted. */
  key: (row: T) => string
}

/**
 * A long list of which only the rows in view are drawn (a province's two thousand schools scroll as
 * smoothly as twenty). Bind `scroller` as the scrolling element's `ref`, draw `items` inside a box
 * `total` px high, and give each drawn row `:ref="measure"` so its real height is used.
 */
export function useVirtualRows<T>(rows: MaybeRefOrGetter<readonly T[]>, options: VirtualRowsOptions<T>) {
  const scroller = ref<HTMLElement | null>(null)
  const virtualizer = useVirtualizer(
    computed(() => {
      const list = toValue(rows)
      return {
        count: list.length,
        getScrollElement: () => scroller.value,
        estimateSize: () => options.estimate,
        overscan: 8,
        getItemKey: (i: number) => {
          const row = list[i]
          return row === undefined ? i : options.key(row)
        },
      }
    }),
  )
  const items = computed(() => virtualizer.value.getVirtualItems())
  const total = computed(() => virtualizer.value.getTotalSize())
  const measure = (el: unknown) => {
    if (el instanceof Element) virtualizer.value.measureElement(el)
  }
  return { scroller, items, total, measure }
}
