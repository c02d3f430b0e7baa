import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { router } from './router.ts'
import { useImportStore } from './stores/import.ts'
import './charts/setup.ts'
import './styles.css'

const app = createApp(App).use(createPinia()).use(router)
// `?bench` (scripts/bench only) installs the benchmark hook before mounting; normal visits never load it.
const ready = new URLSearchParams(location.search).has('bench')
  ? import('./services/bench-hook.ts').then((m) => m.installBenchHook(useImportStore()))
  : Promise.resolve()
ready.then(() => app.mount('#app'))
