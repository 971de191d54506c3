/** The English UI strings, as one lazily loaded chunk (see `loadLocaleMessages`). */
export const englishFiles = import.meta.glob<Record<string, unknown>>('./locales/en/*.json', { eager: true, import: 'default' })
