// Incidents in the PostgreSQL store: the queue of events to place, members by report key, and committing an update (mirrors sqlite-incidents.ts).
import type pg from 'pg';
import type { IncidentCommit, IncidentMember, IncidentMemberQuery } from '../store.ts';
import { toJsonb } from './postgres-writes.ts';

type Queryable = Pick<pg.Pool | pg.PoolClient, 'query'>;

export async function incidentQueue(db: Queryable, limit: number): Promise<string[]> {
  const deleted = await db.query("SELECT event_id FROM incident_queue WHERE sort_key = '' ORDER BY event_id");
  const placed = await db.query("SELECT event_id FROM incident_queue WHERE sort_key > '' ORDER BY sort_key, event_id LIMIT $1", [Math.max(0, Math.floor(limit))]);
  return [...deleted.rows, ...placed.rows].map((r) => String(r.event_id));
}

export async function incidentVersion(db: Queryable): Promise<number> {
  return Number((await db.query('SELECT version FROM incident_state WHERE id = 1')).rows[0].version);
}

export async function incidentMembers(db: Queryable, query: IncidentMemberQuery): Promise<IncidentMember[]> {
  let rows: Record<string, unknown>[];
  if ('eventIds' in query) {
    rows = (await db.query('SELECT event_id, incident_id, sort_key FROM incident_members WHERE event_id = ANY($1::text[])', [[...query.eventIds]])).rows;
  } else if ('incidentIds' in query) {
    rows = (await db.query('SELECT event_id, incident_id, sort_key FROM incident_members WHERE incident_id = ANY($1::text[])', [[...query.incidentIds]])).rows;
  } else {
    const params: unknown[] = [query.fromKey, Math.max(0, Math.floor(query.limit))];
    const upper = query.toKey == null ? '' : `AND sort_key < $${params.push(query.toKey)}`;
    rows = (await db.query(
      `SELECT event_id, incident_id, sort_key FROM incident_members WHERE sort_key ${query.after ? '>' : '>='} $1 ${upper} ORDER BY sort_key LIMIT $2`,
      params,
    )).rows;
  }
  return rows.map((r) => ({ eventId: String(r.event_id), incidentId: String(r.incident_id), sortKey: String(r.sort_key) }));
}

/** Inside a transaction: the version row is locked, so concurrent updates commit one at a time and the later ones see the bump. */
export async function commitIncidentChanges(db: pg.PoolClient, commit: IncidentCommit): Promise<boolean> {
  const version = Number((await db.query('SELECT version FROM incident_state WHERE id = 1 FOR UPDATE')).rows[0].version);
  if (version !== commit.expectedVersion) return false;
  if (commit.deleteIncidentIds.length) await db.query('DELETE FROM incidents WHERE id = ANY($1::text[])', [[...commit.deleteIncidentIds]]);
  for (let i = 0; i < commit.incidents.length; i += 200) {
    const chunk = commit.incidents.slice(i, i + 200);
    await db.query(
      `INSERT INTO incidents (id, date_start, event_type, country, independent_sources, record, updated_at)
       SELECT * , now() FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[], $6::jsonb[])
       ON CONFLICT (id) DO UPDATE SET date_start = excluded.date_start, event_type = excluded.event_type, country = excluded.country,
         independent_sources = excluded.independent_sources, record = excluded.record, updated_at = excluded.updated_at`,
      [
        chunk.map((c) => c.incident.id), chunk.map((c) => c.incident.dateStart), chunk.map((c) => c.incident.eventType),
        chunk.map((c) => c.incident.country), chunk.map((c) => c.incident.independentSources), chunk.map((c) => toJsonb(c.incident)),
      ],
    );
    await db.query(
      `INSERT INTO incident_members (event_id, incident_id, sort_key) SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
       ON CONFLICT (event_id) DO UPDATE SET incident_id = excluded.incident_id, sort_key = excluded.sort_key`,
      [
        chunk.flatMap((c) => c.incident.eventIds), chunk.flatMap((c) => c.incident.eventIds.map(() => c.incident.id)),
        chunk.flatMap((c) => c.memberKeys),
      ],
    );
  }
  if (commit.dequeue.length) await db.query('DELETE FROM incident_queue WHERE event_id = ANY($1::text[])', [[...commit.dequeue]]);
  await db.query('UPDATE incident_state SET version = version + 1 WHERE id = 1');
  return true;
}

export async function resetIncidents(db: pg.PoolClient): Promise<void> {
  await db.query('SELECT version FROM incident_state WHERE id = 1 FOR UPDATE');
  await db.query('DELETE FROM incidents');
  await db.query(
    `INSERT INTO incident_queue (event_id, sort_key)
     SELECT e.id, coalesce(e.date_start, substr(a.published, 1, 10), '') || ' ' || e.id FROM events e JOIN articles a ON a.id = e.article_id
     ON CONFLICT (event_id) DO UPDATE SET sort_key = excluded.sort_key`,
  );
  await db.query('UPDATE incident_state SET version = version + 1 WHERE id = 1');
}
