import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ChisoDb, repos, useDatabase } from '@/db'
import { LOCAL_KEYS, META } from '@/domain'
import { useSettingsStore } from '@/stores/settings'

beforeEach(() => {
  useDatabase(new ChisoDb(`test-${crypto.randomUUID()}`))
  setActivePinia(createPinia())
  localStorage.clear()
})

afterEach(() => {
  vi.unstubAllGlobals()
})

function stubStorage(persisted: boolean, grant: boolean) {
  const persist = vi.fn(() => Promise.resolve(grant))
  vi.stubGlobal('navigator', {
    storage: {
      estimate: () => Promise.resolve({ usage: 12_300_000, quota: 1_200_000_000 }),
      persisted: () => Promise.resolve(persisted),
      persist,
    },
  })
  return persist
}

describe('settings store', () => {
  it('starts in Vietnamese when nothing is saved', async () => {
    const s = useSettingsStore()
    await s.load()
    expect(s.locale).toBe('vi')
    expect(s.loaded).toBe(true)
  })

  it('persists the language and restores it in a fresh store', async () => {
    await useSettingsStore().setLocale('en')
    expect(await repos().meta.get(META.locale)).toBe('en')

    // The next start draws its first screen in English at once, from the synchronous hint…
    setActivePinia(createPinia())
    expect(useSettingsStore().locale).toBe('en')

    // …and without the hint (cleared site storage), the database's value still wins once read.
    localStorage.clear()
    setActivePinia(createPinia())
    const again = useSettingsStore()
    expect(again.locale).toBe('vi')
    await again.load()
    expect(again.locale).toBe('en')
  })

  it('keeps the language, and says why, when it cannot be saved', async () => {
    const s = useSettingsStore()
    const full = Object.assign(new Error('full'), { name: 'QuotaExceededError' })
    vi.spyOn(repos().meta, 'set').mockRejectedValueOnce(full)
    expect(await s.setLocale('en')).toEqual({ ok: false, errors: ['quota'] })
    expect(s.locale).toBe('vi')
    expect(localStorage.getItem(LOCAL_KEYS.localeHint)).toBeNull()
    expect(await repos().meta.get(META.locale)).toBeUndefined()
  })

  it('ignores an unknown saved language', async () => {
    await repos().meta.set(META.locale, 'fr')
    const s = useSettingsStore()
    await s.load()
    expect(s.locale).toBe('vi')
  })

  it('reads usage, quota and persistence, and asks for persistence on request', async () => {
    const persist = stubStorage(false, true)
    const s = useSettingsStore()
    await s.refreshStorage()
    expect(s.storage).toEqual({ usage: 12_300_000, quota: 1_200_000_000, persisted: false })
    expect(await s.requestPersistent()).toBe(true)
    expect(persist).toHaveBeenCalledOnce()
  })

  it('asks for persistent storage only on the first run', async () => {
    const persist = stubStorage(false, false)
    const s = useSettingsStore()
    await s.askPersistenceOnce()
    await s.askPersistenceOnce()
    expect(persist).toHaveBeenCalledOnce()
    expect(await repos().meta.get(META.persistAsked)).toBe(true)
  })
})

describe('workspace', () => {
  it('is not chosen on a fresh device, and a choice survives a fresh store', async () => {
    expect(await useSettingsStore().loadWorkspace()).toBeNull()
    expect((await useSettingsStore().setWorkspace('desk')).ok).toBe(true)
    setActivePinia(createPinia())
    expect(await useSettingsStore().loadWorkspace()).toBe('desk')
  })

  it('reads an unknown stored value as not chosen', async () => {
    await repos().meta.set(META.workspace, 'elsewhere' as never)
    expect(await useSettingsStore().loadWorkspace()).toBeNull()
  })
})
