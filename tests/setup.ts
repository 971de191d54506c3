import 'fake-indexeddb/auto'
import { loadLocaleMessages } from '@/i18n'

// The app loads English on demand; tests may switch to it at any time.
await loadLocaleMessages('en')
