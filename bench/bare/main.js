// The bench's baseline page: the least a Vue 3 + Dexie offline page can be. It opens a Dexie
// database, reads one row (writing it on the first visit), renders an input once the row is read,
// and registers the same kind of service worker as the app. Built with the app's own Vite config
// (see vite.config.mjs), so the app is compared against the same toolchain.
/* eslint-disable no-restricted-imports -- the baseline must use Dexie directly, like src/db does */
import Dexie from 'dexie'
import { createApp, h, onMounted, ref } from 'vue'
import { registerSW } from 'virtual:pwa-register'

const db = new Dexie('bare')
db.version(1).stores({ items: 'id' })

const App = {
  setup() {
    const value = ref(/** @type {string | null} */ (null))
    onMounted(async () => {
      let row = await db.table('items').get('one')
      if (!row) {
        row = { id: 'one', value: 'Đạt' }
        await db.table('items').put(row)
      }
      value.value = row.value
    })
    return () =>
      h('main', [
        h('h1', 'bare'),
        value.value === null
          ? h('p', '…')
          : h('label', ['Giá trị ', h('input', { id: 'bare-input', value: value.value })]),
      ])
  },
}

createApp(App).mount('#app')
registerSW({})
