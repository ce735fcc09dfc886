import { createRouter, createWebHistory, type RouteRecordRaw, type RouterHistory } from 'vue-router';

/** Each view names its page title by a message key (WCAG 2.4.2). */
const routes: RouteRecordRaw[] = [
  {
    path: '/',
    name: 'calendar',
    component: () => import('./pages/CalendarPage.vue'),
    meta: { titleKey: 'nav.calendar' },
  },
  {
    path: '/meetings/:id',
    name: 'meeting',
    component: () => import('./pages/MeetingPage.vue'),
    props: true,
    meta: { titleKey: 'meeting.title' },
  },
  {
    path: '/open-items',
    name: 'open-items',
    component: () => import('./pages/OpenItemsPage.vue'),
    meta: { titleKey: 'nav.openItems' },
  },
  {
    path: '/anfragen',
    name: 'inquiries',
    component: () => import('./pages/InquiriesPage.vue'),
    meta: { titleKey: 'nav.inquiries' },
  },
  {
    path: '/feeds',
    name: 'feeds',
    component: () => import('./pages/FeedsPage.vue'),
    meta: { titleKey: 'nav.feeds' },
  },
  {
    path: '/login',
    name: 'login',
    component: () => import('./pages/LoginPage.vue'),
    meta: { titleKey: 'login.title' },
  },
  {
    path: '/:path(.*)*',
    name: 'not-found',
    component: () => import('./pages/NotFoundPage.vue'),
    meta: { titleKey: 'notFound.title' },
  },
];

export function createDashboardRouter(history: RouterHistory = createWebHistory()) {
  return createRouter({ history, routes });
}
