// Incidents in the SQLite store: the queue of events to place, members by report key, and committing an update.
import type { StatementSync } from 'node:sqlite';
import type { IncidentCommit, IncidentMember, IncidentMemberQuery } from '../store.ts';

type Prepare = (sql: string) => StatementSync;
type Transaction = <T>(work: () => T) => T;

/** Ids per IN list: well under SQLite's bound-parameter limit. */
const CHUNK = 500;

export function incidentQueue(prepare: Prepare, limit: number): string[] {
  const deleted = prepare("SELECT event_id FROM incident_queue WHERE sort_key = '' ORDER BY event_id").all();
  const placed = prepare("SELECT event_id FROM incident_queue WHERE sort_key > '' ORDER BY sort_key, event_id LIMIT ?").all(Math.max(0, Math.floor(limit)));
  return [...deleted, ...placed].map((r) => String(r.event_id));
}

export function incidentVersion(prepare: Prepare): number {
  return Number(prepare('SELECT version FROM incident_state WHERE id = 1').get()!.version);
}

export function incidentMembers(prepare: Prepare, query: IncidentMemberQuery): IncidentMember[] {
  const rows: Record<string, unknown>[] = [];
  if ('eventIds' in query || 'incidentIds' in query) {
    const [column, ids] = 'eventIds' in query ? ['event_id', query.eventIds] : ['incident_id', query.incidentIds];
    for (let i = 0; i < ids.length; i += CHUNK) {
      const chunk = ids.slice(i, i + CHUNK);
      rows.push(...prepare(`SELECT event_id, incident_id, sort_key FROM incident_members WHERE ${column} IN (${chunk.map(() => '?').join(', ')})`).all(...chunk));
    }
  } else {
    const upper = query.toKey == null ? '' : 'AND sort_key < ?';
    rows.push(...prepare(`SELECT event_id, incident_id, sort_key FROM incident_members WHERE sort_key ${query.after ? '>' : '>='} ? ${upper} ORDER BY sort_key LIMIT ?`)
      .all(query.fromKey, ...(query.toKey == null ? [] : [query.toKey]), Math.max(0, Math.floor(query.limit))));
  }
  return rows.map((r) => ({ eventId: String(r.event_id), incidentId: String(r.incident_id), sortKey: String(r.sort_key) }));
}

export function commitIncidentChanges(prepare: Prepare, transaction: Transaction, commit: IncidentCommit): boolean {
  return transaction(() => {
    if (incidentVersion(prepare) !== commit.expectedVersion) return false;
    const now = new Date().toISOString();
    const remove = prepare('DELETE FROM incidents WHERE id = ?');
    for (const id of commit.deleteIncidentIds) remove.run(id);
    const insert = prepare(
      `INSERT INTO incidents (id, date_start, event_type, country, independent_sources, record, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT(id) DO UPDATE SET date_start = excluded.date_start, event_type = excluded.event_type, country = excluded.country,
         independent_sources = excluded.independent_sources, record = excluded.record, updated_at = excluded.updated_at`,
    );
    const member = prepare('INSERT OR REPLACE INTO incident_members (event_id, incident_id, sort_key) VALUES (?, ?, ?)');
    for (const { incident, memberKeys } of commit.incidents) {
      insert.run(incident.id, incident.dateStart, incident.eventType, incident.country, incident.independentSources, JSON.stringify(incident), now);
      incident.eventIds.forEach((eventId, i) => member.run(eventId, incident.id, memberKeys[i]!));
    }
    const dequeue = prepare('DELETE FROM incident_queue WHERE event_id = ?');
    for (const id of commit.dequeue) dequeue.run(id);
    prepare('UPDATE incident_state SET version = version + 1 WHERE id = 1').run();
    return true;
  });
}

export function resetIncidents(prepare: Prepare, transaction: Transaction): void {
  transaction(() => {
    prepare('DELETE FROM incidents').run();
    prepare(
      `INSERT OR REPLACE INTO incident_queue (event_id, sort_key)
       SELECT e.id, ifnull(ifnull(e.date_start, substr(a.published, 1, 10)), '') || ' ' || e.id FROM events e JOIN articles a ON a.id = e.article_id`,
    ).run();
    prepare('UPDATE incident_state SET version = version + 1 WHERE id = 1').run();
  });
}
