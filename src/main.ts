import { createPinia } from 'pinia'
import { Locale } from 'vant'
import enUS from 'vant/es/locale/lang/en-US'
import viVN from 'vant/es/locale/lang/vi-VN'
import { createApp, watch } from 'vue'
import App from './App.vue'
import { registerServiceWorker } from './app/pwa'
import { router } from './app/router'
import { storageProblem, watchStorage } from './app/storageHealth'
import { i18n, loadAllMessages, loadLocaleMessages, type AppLocale } from './i18n'
import { useCriteriaSetsStore } from './stores/criteriaSets'
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

async function start() {
  const pinia = createPinia()
  const app = createApp(App)
  app.use(pinia)
  // The first screen ships with its own strings only: every other screen waits for the rest, which the
  // first touch or key press starts loading (a failed load leaves the keys shown, never a dead app).
  // Loaded beside the screen's own code, not before it: a slow connection pays one wait, not two.
  // A screen of one assessment also needs its criteria set: it starts loading at once too.
  router.beforeEach((to) => {
    if (to.name !== 'home') void loadAllMessages().catch(() => undefined)
    const id = to.params.assessmentId
    if (typeof id === 'string') void useCriteriaSetsStore(pinia).loadForAssessment(id).catch(() => undefined)
  })
  router.beforeResolve((to) => (to.name === 'home' ? true : loadAllMessages().then(() => true, () => true)))
  for (const type of ['pointerdown', 'keydown'] as const)
    window.addEventListener(type, () => void loadAllMessages().catch(() => undefined), { once: true, capture: true, passive: true })
  app.use(router)
  app.use(i18n)

  const settings = useSettingsStore(pinia)
  // The language starts from a synchronous hint (settings store), so the first screen is drawn at
  // once, without waiting for the database; the saved value is applied when it is read.
  await applyLocale(settings.locale)
  watch(() => settings.locale, (l) => void applyLocale(l))
  // A blocked or unavailable database never keeps the app from starting: App shows why storage
  // cannot be used instead of an empty screen. (A blocked open only waits: reads queue behind it.)
  const unusable = () => storageProblem.value !== null && storageProblem.value !== 'blocked'
  const loading = watchStorage()
    .then(() => (unusable() ? undefined : settings.load()))
    .catch(() => undefined)

  app.mount('#app')
  registerServiceWorker()
  // First run only: quietly ask the browser to keep the data (settings shows the result).
  void loading.then(() => (unusable() ? undefined : settings.askPersistenceOnce())).catch(() => undefined)
}

void start()
