import { createPinia } from 'pinia'
import { Locale } from 'vant'
import viVN from 'vant/es/locale/lang/vi-VN'
import { createApp } from 'vue'
import App from './App.vue'
import { registerServiceWorker } from './app/pwa'
import { router } from './app/router'
import { i18n } from './i18n'
import './styles/base.css'

// Vant is imported per component together with its style
// (`import 'vant/es/<name>/style/index'`), so its CSS lands in the chunk that needs it.
Locale.use('vi-VN', viVN)

const app = createApp(App)
app.use(createPinia())
app.use(router)
app.use(i18n)
app.mount('#app')

registerServiceWorker()
