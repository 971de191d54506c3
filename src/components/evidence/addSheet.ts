import type { Component } from 'vue'

/**
 * Loads a component once for every caller: concurrent calls share one load, a failed load is
 * forgotten so the next call tries again, and `prefetch` starts it when the browser is idle.
 */
export function componentLoader(load: () => Promise<{ default: Component }>) {
  let pending: Promise<Component> | null = null
  let prefetched = false
  function get(): Promise<Component> {
    pending ??= load().then(
      (m) => m.default,
      (e: unknown) => {
        pending = null
        throw e
      },
    )
    return pending
  }
  function prefetch(): void {
    if (prefetched) return
    prefetched = true
    const start = () => void get().catch(() => undefined)
    if (typeof requestIdleCallback === 'function') requestIdleCallback(start, { timeout: 5000 })
    else setTimeout(start, 1000)
  }
  return { get, prefetch }
}

/**
 * The "add evidence" sheet (and the popup it is built on): not part of the scoring screen's start,
 * fetched when the screen is idle or when a row first asks for it; the service worker caches it.
 */
export const addSheet = componentLoader(() => import('./EvidenceAddSheet.vue'))
