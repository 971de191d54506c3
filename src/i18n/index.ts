import messages from '@intlify/unplugin-vue-i18n/messages'
import { createI18n } from 'vue-i18n'

export const i18n = createI18n({
  legacy: false,
  locale: 'vi',
  fallbackLocale: 'vi',
  messages,
  numberFormats: {
    'vi-VN': {
      decimal: { style: 'decimal', maximumFractionDigits: 2 },
      percent: { style: 'percent', maximumFractionDigits: 0 },
    },
    en: {
      decimal: { style: 'decimal', maximumFractionDigits: 2 },
      percent: { style: 'percent', maximumFractionDigits: 0 },
    },
  },
  datetimeFormats: {
    'vi-VN': {
      short: { year: 'numeric', month: '2-digit', day: '2-digit' },
      long: { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' },
    },
    en: {
      short: { year: 'numeric', month: 'short', day: 'numeric' },
      long: { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' },
    },
  },
})
