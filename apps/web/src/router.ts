import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router'
import { mayOpen, roleHome, type Area } from './session/roles'
import { useSession } from './session/session'

declare module 'vue-router' {
  interface RouteMeta {
    /** Which role's pages these are; none for public pages. */
    area?: Area
  }
}

// One chunk per role's pages: a resident's phone loads none of the desk's code (or ECharts).
const routes: RouteRecordRaw[] = [
  { path: '/', redirect: () => {
    const { session } = useSession()
    return session.value === null ? '/sign-in' : roleHome(session.value.role)
  } },
  { path: '/sign-in', component: () => import('./pages/sign-in-page.vue') },
  { path: '/verify/:number?', component: () => import('./pages/public/verify-certificate-page.vue') },
  { path: '/resident', meta: { area: 'resident' }, component: () => import('./pages/resident/menu-page.vue') },
  {
    path: '/resident/order',
    meta: { area: 'resident' },
    component: () => import('./pages/resident/place-order-page.vue'),
  },
  {
    path: '/resident/orders',
    meta: { area: 'resident' },
    component: () => import('./pages/resident/my-orders-page.vue'),
  },
  { path: '/dispatcher', meta: { area: 'dispatcher' }, component: () => import('./pages/dispatcher/board-page.vue') },
  {
    path: '/dispatcher/orders/:orderId',
    meta: { area: 'dispatcher' },
    component: () => import('./pages/dispatcher/order-detail-page.vue'),
  },
  { path: '/dispatcher/workload', meta: { area: 'dispatcher' }, component: () => import('./pages/dispatcher/workload-page.vue') },
  { path: '/dispatcher/circle', meta: { area: 'dispatcher' }, component: () => import('./pages/dispatcher/circle-page.vue') },
  {
    path: '/dispatcher/directive',
    meta: { area: 'dispatcher' },
    component: () => import('./pages/dispatcher/directive-page.vue'),
  },
  { path: '/station', meta: { area: 'station' }, component: () => import('./pages/station/station-page.vue') },
  { path: '/leader', meta: { area: 'leader' }, component: () => import('./pages/leader/tasks-page.vue') },
  { path: '/leader/shifts', meta: { area: 'leader' }, component: () => import('./pages/leader/shifts-page.vue') },
  { path: '/report', meta: { area: 'report' }, component: () => import('./pages/report/report-page.vue') },
  { path: '/volunteer', meta: { area: 'volunteer' }, component: () => import('./pages/volunteer/volunteer-page.vue') },
  {
    path: '/volunteer/certificates/:number',
    meta: { area: 'volunteer' },
    component: () => import('./pages/volunteer/certificate-print-page.vue'),
  },
  { path: '/:rest(.*)*', redirect: '/' },
]

/** The console's routes (hash history: no path of the API is ever shadowed) with a role guard. */
export const createConsoleRouter = () => {
  const router = createRouter({ history: createWebHashHistory(), routes })
  router.beforeEach((to) => {
    const area = to.meta.area
    if (area === undefined) return true
    const { session } = useSession()
    if (session.value === null) return { path: '/sign-in', query: { next: to.fullPath } }
    return mayOpen(session.value.role, area) ? true : roleHome(session.value.role)
  })
  return router
}
