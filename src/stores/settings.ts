import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref } from 'vue'
import { repos, toStorageError } from '@/db'
import { LOCAL_KEYS, META, WORKSPACES, type Result, type StorageErrorCode, type Workspace } from '@/domain'
import type { AppLocale } from '@/i18n'
import { requestPersistence, storageInfo, type StorageInfo } from '@/services/storage'

/**
 * A copy of the chosen language in localStorage, read synchronously at start so the first screen
 * is drawn at once in the right language; the database's value stays the one that counts.
 */
const LOCALE_HINT_KEY = LOCAL_KEYS.localeHint

function localeHint(): AppLocale {
  try {
    return localStorage.getItem(LOCALE_HINT_KEY) === 'en' ? 'en' : 'vi'
  } catch {
    return 'vi'
  }
}

function rememberLocaleHint(l: AppLocale) {
  try {
    localStorage.setItem(LOCALE_HINT_KEY, l)
  } catch {
    // Storage unavailable: the language is still applied from the database after start.
  }
}

const SUPPORTED: readonly AppLocale[] = ['vi', 'en']
const isLocale = (v: unknown): v is AppLocale => SUPPORTED.includes(v as AppLocale)

/**
 * The user's app-wide choices (language) and the device's storage facts. It only keeps state and
 * persists it; applying the language to the UI is the app's wiring (main.ts watches `locale`).
 */
export const useSettingsStore = defineStore('settings', () => {
  const locale = ref<AppLocale>(localeHint())
  const loaded = ref(false)
  const storage = ref<StorageInfo | null>(null)
  /** The side of the app this device works on; null until chosen (first run). */
  const workspace = ref<Workspace | null>(null)
  const workspaceLoaded = ref(false)

  /** Reads the saved language; keeps Vietnamese when nothing (or something unknown) is saved. */
  async function load() {
    const saved = await repos().meta.get(META.locale)
    if (isLocale(saved)) {
      locale.value = saved
      rememberLocaleHint(saved)
    }
    loaded.value = true
  }

  /** Persists first, then switches; a failed write keeps the language as it was and says why. */
  async function setLocale(next: AppLocale): Promise<Result<AppLocale, StorageErrorCode>> {
    try {
      await repos().meta.set(META.locale, next)
    } catch (e) {
      return { ok: false, errors: [toStorageError(e).code] }
    }
    rememberLocaleHint(next)
    locale.value = next
    return { ok: true, value: next }
  }

  /** Reads the chosen workspace (null when none was chosen yet). */
  async function loadWorkspace(): Promise<Workspace | null> {
    const saved = await repos().meta.get(META.workspace)
    workspace.value = WORKSPACES.includes(saved as Workspace) ? (saved as Workspace) : null
    workspaceLoaded.value = true
    return workspace.value
  }

  /** Persists first, then switches the workspace; a failed write keeps the old one and says why. */
  async function setWorkspace(next: Workspace): Promise<Result<Workspace, StorageErrorCode>> {
    try {
      await repos().meta.set(META.workspace, next)
    } catch (e) {
      return { ok: false, errors: [toStorageError(e).code] }
    }
    workspace.value = next
    workspaceLoaded.value = true
    return { ok: true, value: next }
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
    if (await repos().meta.get(META.persistAsked)) return
    await repos().meta.set(META.persistAsked, true)
    await requestPersistence()
  }

  return { locale, loaded, storage, workspace, workspaceLoaded, load, setLocale, loadWorkspace, setWorkspace, refreshStorage, requestPersistent, askPersistenceOnce }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useSettingsStore, import.meta.hot))
