/**
 * The Vietnamese UI strings the first screen does not use, as one lazily loaded chunk (see
 * `loadAllMessages`). The list below must match the one in `./index.ts`.
 */
export const vietnameseFiles = import.meta.glob<Record<string, unknown>>(
  ['./locales/vi/*.json', '!./locales/vi/{app,assessments,backup,common,desk,home,levels,overview,pwa,sets,team}.json'],
  { eager: true, import: 'default' },
)
