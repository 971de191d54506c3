import { createI18n } from 'vue-i18n'

/**
 * UI strings, one file per feature and locale: `locales/<locale>/<feature>.json` holds the keys
 * `<feature>.*`. Vietnamese is the source; every key exists in both locales (checked by a test).
 * The Vite plugin precompiles these files, so no message compiler ships to the browser.
 */
// The Vietnamese strings of the app's frame and of the home screen ship with the first screen; the
// rest of Vietnamese is one chunk (`./vi.ts`), loaded by the first move to another screen or the
// first touch or key press (see `loadAllMessages`); English is its own chunk, loaded when chosen.
// The list below must match the one in `./vi.ts`.
const vietnamese = import.meta.glob<Record<string, unknown>>('./locales/vi/{app,assessments,backup,common,desk,home,levels,overview,pwa,sets,team}.json', {
  eager: true,
  import: 'default',
})

export { byFeature as messagesByFeature }
export type Messages = Record<string, Record<string, unknown>>

function byFeature(files: Record<string, Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [path, content] of Object.entries(files)) {
    const feature = /\/([^/]+)\.json$/.exec(path)?.[1]
    if (feature) out[feature] = content
  }
  return out
}

export const messages: Messages = { vi: byFeature(vietnamese) }

export const LOCALES = ['vi', 'en'] as const
export type AppLocale = (typeof LOCALES)[number]

export const i18n = createI18n({
  legacy: false,
  locale: 'vi',
  fallbackLocale: 'vi',
  messages: messages as never,
  numberFormats: {
    vi: {
      decimal: { style: 'decimal', maximumFractionDigits: 2 },
      percent: { style: 'percent', maximumFractionDigits: 0 },
    },
    en: {
      decimal: { style: 'decimal', maximumFractionDigits: 2 },
      percent: { style: 'percent', maximumFractionDigits: 0 },
    },
  },
  datetimeFormats: {
    vi: {
      short: { year: 'numeric', month: '2-digit', day: '2-digit' },
      long: { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' },
      time: { hour: '2-digit', minute: '2-digit', second: '2-digit' },
    },
    en: {
      short: { year: 'numeric', month: 'short', day: 'numeric' },
      long: { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' },
      time: { hour: '2-digit', minute: '2-digit', second: '2-digit' },
    },
  },
})

let restOfVietnamese: Promise<void> | null = null

/**
 * Makes sure every Vietnamese string is loaded: the first screen ships with only its own. Vietnamese
 * is also the fallback of English, so it is wanted whatever the language.
 */
export function loadAllMessages(): Promise<void> {
  restOfVietnamese ??= import('./vi')
    .then(({ vietnameseFiles }) => {
      Object.assign(messages.vi as Record<string, unknown>, byFeature(vietnameseFiles))
      i18n.global.mergeLocaleMessage('vi', byFeature(vietnameseFiles) as never)
    })
    .catch((e: unknown) => {
      // Tried again at the next move.
      restOfVietnamese = null
      throw e
    })
  return restOfVietnamese
}

/** Makes sure the strings of `locale` are loaded (English is fetched on first use, whole). */
export async function loadLocaleMessages(locale: AppLocale): Promise<void> {
  if (locale === 'vi' || i18n.global.availableLocales.includes(locale)) return
  const [{ englishFiles }] = await Promise.all([import('./en'), loadAllMessages()])
  messages[locale] = byFeature(englishFiles)
  i18n.global.setLocaleMessage(locale, messages[locale] as never)
}
