import { createApp } from 'vue';
import App from './App.vue';
import { loadSession } from './composables/session';
import { initTeams, isEmbeddedInTeams } from './composables/teams';
import { createDashboardI18n } from './i18n';
import { createDashboardRouter } from './router';
import './styles.css';

const i18n = createDashboardI18n();
const router = createDashboardRouter();
const app = createApp(App).use(i18n).use(router);

if (isEmbeddedInTeams()) {
  document.documentElement.classList.add('in-teams');
  void initTeams((theme) => (document.documentElement.dataset.theme = theme));
}

// The session loads alongside the first page's own requests; pages that depend on it await loadSession().
loadSession().catch((error: unknown) => console.error('Could not load the session:', error));
app.mount('#app');
