// The UI's entry point: a hash router over the overview, event, article, incident and claims views.
import 'leaflet/dist/leaflet.css';
import './style.css';
import { h, render } from './dom.ts';
import { filtersFromHash, mapViewFromHash } from './filters.ts';
import { showArticle, showEvent } from './views/article-view.ts';
import { showClaims } from './views/claims-view.ts';
import { showIncident } from './views/incident-view.ts';
import { showIncidentList } from './views/incidents-list-view.ts';
import { loadStats, showOverview, teardownOverview } from './views/overview-view.ts';

const main = document.getElementById('main')!;
let current: AbortController | null = null;

/** Mark the header link of the view on show, for screen readers and the eye. */
function markCurrentView(view: string): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('nav.views a')) {
    if (link.dataset.view === view) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}

async function route(): Promise<void> {
  current?.abort();
  const controller = new AbortController();
  current = controller;
  delete document.body.dataset.ready;
  teardownOverview(); // the map listens on window; it must not outlive its view (a resize would redraw a removed map)
  const hash = location.hash || '#/';
  const [path, query = ''] = hash.slice(1).split('?') as [string, string?];
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  markCurrentView(parts[0] === 'incidents' || parts[0] === 'claims' ? parts[0] : 'overview');
  try {
    if (parts[0] === 'events' && parts[1]) await showEvent(main, parts[1], controller.signal);
    else if (parts[0] === 'articles' && parts[1]) await showArticle(main, parts[1], controller.signal);
    else if (parts[0] === 'incidents' && parts[1]) await showIncident(main, parts[1], controller.signal);
    else if (parts[0] === 'incidents') await showIncidentList(main, new URLSearchParams(query).get('sort'), controller.signal);
    else if (parts[0] === 'claims') await showClaims(main, new URLSearchParams(query).get('subject'), controller.signal);
    else await showOverview(main, filtersFromHash(hash), controller.signal, mapViewFromHash(hash));
    if (!controller.signal.aborted) document.body.dataset.ready ??= parts[0] ?? 'overview';
  } catch (error) {
    if (controller.signal.aborted) return;
    render(main, h('p', { role: 'alert', class: 'error' }, `Could not load this view: ${(error as Error).message}`), h('p', {}, h('a', { href: '#/' }, 'Back to the overview')));
    document.body.dataset.ready = 'error';
  }
}

window.addEventListener('hashchange', () => void route());
void route();
void loadStats(new AbortController().signal)
  .then((stats) => { document.getElementById('banner')!.hidden = !(stats.syntheticArticles > 0); })
  .catch(() => undefined);
