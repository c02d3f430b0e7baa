// A minimal mount for component tests (no @vue/test-utils in this project): app + Pinia + a memory router.
import { createApp, h, type Component } from 'vue'
import { createPinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import { routes } from '../router.ts'

/** Stub components by name (e.g. `Echarts`, which cannot draw without a canvas). */
const stub = (name: string): Component => ({ name, render: () => h('div', { 'data-stub': name }) })

export async function mountComponent(component: Component, props: Record<string, unknown> = {}, path = '/') {
  const el = document.createElement('div')
  document.body.appendChild(el)
  const router = createRouter({ history: createMemoryHistory(), routes })
  await router.push(path)
  const app = createApp({ render: () => h(component, props) })
  app.use(createPinia()).use(router)
  app.component('VChart', stub('Echarts'))
  app.mount(el)
  await router.isReady()
  return { el, app, router, unmount: () => { app.unmount(); el.remove() } }
}
