import { createPinia } from 'pinia'
import { Locale } from 'vant'
import enUS from 'vant/es/locale/lang/en-US'
import viVN from 'vant/es/locale/lang/vi-VN'
import { createApp, watch } from 'vue'
import App from './App.vue'
import { registerServiceWorker } from './app/pwa'
import { router } from './app/router'
import { storageProblem, watchStorage } from './app/storageHealth'
import { i18n, loadLocaleMessages, type AppLocale } from './i18n'
import { useSettingsStore } from './stores/settings'
import './styles/base.css'

// Vant is imported per component together with its style
// (`import 'vant/es/<name>/style/index'`), so its CSS lands in the chunk that needs it.
Locale.use('vi-VN', viVN)

/** Shows the UI in `locale`: app strings, Vant's own strings, and `<html lang>` for screen readers. */
async function applyLocale(locale: AppLocale) {
  await loadLocaleMessages(locale)
  i18n.global.locale.value = locale
  if (locale === 'en') Locale.use('en-US', enUS)
  else Locale.use('vi-VN', viVN)
  document.documentElement.lang = locale
}

/** How long the first screen waits for the saved language before showing in Vietnamese. */
const SETTINGS_WAIT_MS = 1000

async function start() {
  const pinia = createPinia()
  const app = createApp(App)
  app.use(pinia)
  app.use(router)
  app.use(i18n)

  const settings = useSettingsStore(pinia)
  watch(() => settings.locale, (l) => void applyLocale(l), { immediate: true })
  // The saved language is applied before the first screen when storage answers quickly; a blocked or
  // unavailable database must never keep the app from starting (the watch applies it later, and
  // App shows why storage cannot be used instead of an empty screen).
  // (A blocked open only waits: reads queue up behind it.)
  const unusable = () => storageProblem.value !== null && storageProblem.value !== 'blocked'
  const loading = watchStorage()
    .then(() => (unusable() ? undefined : settings.load()))
    .catch(() => undefined)
  await Promise.race([loading, new Promise((resolve) => setTimeout(resolve, SETTINGS_WAIT_MS))])

  app.mount('#app')
  registerServiceWorker()
  // First run only: quietly ask the browser to keep the data (settings shows the result).
  if (!unusable()) void settings.askPersistenceOnce().catch(() => undefined)
}

void start()
