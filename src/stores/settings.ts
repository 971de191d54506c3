import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref } from 'vue'
import { repos } from '@/db'
import type { AppLocale } from '@/i18n'
import { requestPersistence, storageInfo, type StorageInfo } from '@/services/storage'

/** Where the settings live in the `meta` table. */
export const META_LOCALE = 'settings.locale'
export const META_PERSIST_ASKED = 'storage.persistAsked'

const SUPPORTED: readonly AppLocale[] = ['vi', 'en']
const isLocale = (v: unknown): v is AppLocale => SUPPORTED.includes(v as AppLocale)

/**
 * The user's app-wide choices (language) and the device's storage facts. It only keeps state and
 * persists it; applying the language to the UI is the app's wiring (main.ts watches `locale`).
 */
export const useSettingsStore = defineStore('settings', () => {
  const locale = ref<AppLocale>('vi')
  const loaded = ref(false)
  const storage = ref<StorageInfo | null>(null)

  /** Reads the saved language; keeps Vietnamese when nothing (or something unknown) is saved. */
  async function load() {
    const saved = await repos().meta.get<unknown>(META_LOCALE)
    if (isLocale(saved)) locale.value = saved
    loaded.value = true
  }

  /** Persists first, then switches. */
  async function setLocale(next: AppLocale) {
    await repos().meta.set(META_LOCALE, next)
    locale.value = next
  }

  async function refreshStorage() {
    storage.value = await storageInfo()
  }

  /** Asks the browser to keep the data; returns whether it agreed. */
  async function requestPersistent(): Promise<boolean> {
    const granted = await requestPersistence()
    await refreshStorage()
    return granted
  }

  /** On the first run only, asks quietly once for persistent storage (and remembers it asked). */
  async function askPersistenceOnce(): Promise<void> {
    if (await repos().meta.get<boolean>(META_PERSIST_ASKED)) return
    await repos().meta.set(META_PERSIST_ASKED, true)
    await requestPersistence()
  }

  return { locale, loaded, storage, load, setLocale, refreshStorage, requestPersistent, askPersistenceOnce }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useSettingsStore, import.meta.hot))
