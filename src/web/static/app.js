// First events page: lists events with their evidence sentence, the trigger highlighted. Text only, never HTML.
const list = document.getElementById('events');
const status = document.getElementById('status');

function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function evidenceNode(event) {
  const ev = event.evidence[0];
  const p = el('p');
  if (!ev) return p;
  const t = event.trigger;
  if (t && t.start >= ev.start && t.end <= ev.end) {
    p.append(ev.text.slice(0, t.start - ev.start), el('mark', ev.text.slice(t.start - ev.start, t.end - ev.start)), ev.text.slice(t.end - ev.start));
  } else {
    p.textContent = ev.text;
  }
  return p;
}

async function load(q) {
  status.textContent = 'Loading…';
  const params = new URLSearchParams({ limit: '200' });
  if (q) params.set('q', q);
  try {
    const [eventsRes, statsRes] = await Promise.all([fetch(`/api/events?${params}`), fetch('/api/stats')]);
    const events = await eventsRes.json();
    const stats = await statsRes.json();
    if (!eventsRes.ok) throw new Error(events.error?.message ?? 'request failed');
    document.getElementById('summary').textContent = `${stats.events} events from ${stats.articles} articles (${stats.documents} documents)`;
    document.getElementById('banner').hidden = !(stats.syntheticArticles > 0);
    list.replaceChildren(...events.items.map((e) => {
      const li = el('li');
      const meta = el('div', undefined, 'meta');
      meta.append(el('span', e.sub_event_type ?? e.event_type ?? 'event', 'type'), ` · ${e.outlet ?? 'unknown outlet'} · ${e.date_start ?? e.published?.slice(0, 10) ?? 'date unknown'}`);
      li.append(meta, evidenceNode(e));
      if (e.article_title) li.append(el('div', e.article_title, 'meta'));
      return li;
    }));
    status.textContent = events.items.length ? '' : 'No events match.';
  } catch (error) {
    status.textContent = `Could not load events: ${error.message}`;
  }
}

document.getElementById('filters').addEventListener('submit', (e) => {
  e.preventDefault();
  load(document.getElementById('q').value.trim());
});
load('');
