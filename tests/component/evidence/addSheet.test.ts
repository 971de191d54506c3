import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent } from 'vue'
import { componentLoader } from '@/components/evidence/addSheet'

const Sheet = defineComponent({ name: 'AddSheet', template: '<div />' })

describe('componentLoader (the add-evidence sheet is fetched on demand)', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('loads once for every row that asks, at the same time or later', async () => {
    const load = vi.fn(() => Promise.resolve({ default: Sheet }))
    const sheet = componentLoader(load)
    const [a, b] = await Promise.all([sheet.get(), sheet.get()])
    expect(await sheet.get()).toBe(Sheet)
    expect([a, b]).toEqual([Sheet, Sheet])
    expect(load).toHaveBeenCalledOnce()
  })

  it('after a failed load (offline, before the worker cached it) the next tap tries again', async () => {
    const load = vi
      .fn<() => Promise<{ default: typeof Sheet }>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValueOnce({ default: Sheet })
    const sheet = componentLoader(load)
    await expect(sheet.get()).rejects.toThrow('Failed to fetch')
    expect(await sheet.get()).toBe(Sheet)
    expect(load).toHaveBeenCalledTimes(2)
  })

  it('prefetches once, when the browser is idle, and a failed prefetch is not reported', async () => {
    const load = vi.fn(() => Promise.reject(new TypeError('offline')))
    const sheet = componentLoader(load)
    sheet.prefetch()
    sheet.prefetch()
    expect(load).not.toHaveBeenCalled()
    await vi.runAllTimersAsync()
    expect(load).toHaveBeenCalledOnce()
  })
})
