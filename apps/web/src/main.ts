import 'element-plus/dist/index.css'
import './styles.css'
import { createApp } from 'vue'
import App from './app.vue'
import { createApiClient } from './api/api-client'
import { apiClientKey } from './api/use-api'
import { useI18n } from './i18n/use-i18n'
import { createConsoleRouter } from './router'
import { useSession } from './session/session'

const { session, signOut } = useSession()
const { locale } = useI18n()
const router = createConsoleRouter()
const api = createApiClient({
  token: () => session.value?.token ?? null,
  language: () => locale.value,
  onUnauthenticated: () => {
    signOut()
    void router.push('/sign-in')
  },
})

document.documentElement.lang = locale.value
createApp(App).provide(apiClientKey, api).use(router).mount('#app')
