import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'

/** Every screen has its own URL; county, year and view options live in the query string. */
export const routes: RouteRecordRaw[] = [
  { path: '/', redirect: (to) => ({ path: '/overview', query: to.query }) },
  { path: '/overview', name: 'overview', component: () => import('./views/OverviewView.vue'), meta: { title: '总览' } },
  { path: '/compare', name: 'compare', component: () => import('./views/CompareView.vue'), meta: { title: '对比' } },
  { path: '/trend', name: 'trend', component: () => import('./views/TrendView.vue'), meta: { title: '趋势' } },
  { path: '/unit/:unit?', name: 'unit', component: () => import('./views/UnitView.vue'), meta: { title: '单位详情' } },
  { path: '/findings', name: 'findings', component: () => import('./views/FindingsView.vue'), meta: { title: '问题清单' } },
  { path: '/score', name: 'score', component: () => import('./views/ScoreView.vue'), meta: { title: '评分' } },
  { path: '/meeting', name: 'meeting', component: () => import('./views/MeetingView.vue'), meta: { title: '会议材料' } },
  { path: '/data', name: 'data', component: () => import('./views/DataView.vue'), meta: { title: '数据管理' } },
  { path: '/:rest(.*)*', redirect: '/overview' },
]

export const router = createRouter({ history: createWebHistory(import.meta.env.BASE_URL), routes })
