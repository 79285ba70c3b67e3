// Incremental incidents: place newly stored reports (and drop removed ones) among the stored incidents,
// deciding again only the stored reports whose placement can change. The result equals clusterEvents
// over every report: placement runs in report-key order, so what came before the first change stands,
// and once every changed cluster is closed (past the block window) nothing after can differ.
import { BLOCK_WINDOW_MS, DEFAULT_MERGE_THRESHOLD, OpenClusters, reportDay, reportKey, reportTime, type Cluster } from './cluster-events.ts';
import type { IncidentInput } from './incident-model.ts';

/** A stored report and the incident it was placed in; `report` is null when its event is gone (a removal not yet dealt with). */
export interface Placed {
  readonly key: string;
  readonly report: IncidentInput | null;
  readonly incidentId: string;
}

/** The key a report is stored under as a member: its report key, or " id" when it is undated (and stands alone). */
export function memberKey(e: IncidentInput): string {
  return reportDay(e) === null ? ` ${e.id}` : reportKey(e);
}

/** A stored report that is gone (or must be placed again): its report key and incident. */
export interface Removal {
  readonly key: string;
  readonly incidentId: string;
}

/** What placement reads of the stored incidents. */
export interface PlacementHistory {
  /**
   * Stored members whose report key is at least `fromKey` (greater, when `after`) and below `toKey`
   * (when given), in key order, at most `limit`.
   */
  membersFrom(fromKey: string, toKey: string | null, limit: number, after?: boolean): Promise<Placed[]>;
  /** Every stored member of these incidents. */
  membersOf(incidentIds: readonly string[]): Promise<Placed[]>;
}

export interface PlacementChanges {
  /** Every cluster whose members changed, each complete (members in key order): write these. */
  readonly clusters: readonly (readonly IncidentInput[])[];
  /** Stored incidents replaced or gone: delete these before writing `clusters`. */
  readonly replacedIncidentIds: readonly string[];
  /** Stored reports decided again (the work done beyond the new reports). */
  readonly reconsidered: number;
}

const PAGE = 1000;
type Step = { kind: 'new'; report: IncidentInput } | { kind: 'stored'; placed: Placed & { report: IncidentInput } } | { kind: 'removed'; removal: Removal };

/** Place `added` and drop `removals` (see the file comment). Deterministic; never writes. */
export async function placeReports(
  added: readonly IncidentInput[], removals: readonly Removal[], history: PlacementHistory, threshold = DEFAULT_MERGE_THRESHOLD,
): Promise<PlacementChanges> {
  const replaced = new Set<string>();
  const removedDated: Removal[] = [];
  for (const removal of removals) {
    if (Number.isNaN(keyTime(removal.key))) replaced.add(removal.incidentId); // an undated report stood alone
    else removedDated.push(removal);
  }
  removedDated.sort(byKey);
  const undated = added.filter((e) => reportDay(e) === null).map((e) => [e]);
  const pending = added.filter((e) => reportDay(e) !== null).map((report) => ({ key: reportKey(report), report })).sort(byKey);
  const startKey = [pending[0]?.key, removedDated[0]?.key].filter((k): k is string => k !== undefined).sort()[0];
  if (startKey === undefined) return { clusters: undated, replacedIncidentIds: [...replaced], reconsidered: 0 };

  const run = new Replay(replaced);
  await run.restoreBefore(startKey, history);
  // A report placed again is removed and added: its stored placement is skipped.
  const stored = new StoredStream(history, startKey, new Set(added.map((e) => e.id)));
  let p = 0;
  let r = 0;
  for (;;) {
    const next = nextStep(pending[p], removedDated[r], await stored.peek());
    if (!next) break;
    const time = next.kind === 'removed' ? keyTime(next.removal.key) : reportTime(next.kind === 'new' ? next.report : next.placed.report);
    run.closeBefore(time);
    if (p === pending.length && r === removedDated.length && run.settledAt(time)) break;
    if (next.kind === 'new') p++;
    else if (next.kind === 'removed') r++;
    else await stored.take();
    run.apply(next, time, threshold);
  }
  return { clusters: [...undated, ...run.changedClusters()], replacedIncidentIds: [...replaced], reconsidered: run.reconsidered };
}

/** The step with the lowest key among the next new report, removal and stored report. */
function nextStep(added: { key: string; report: IncidentInput } | undefined, removal: Removal | undefined, placed: (Placed & { report: IncidentInput }) | null): Step | null {
  const options: Array<[string, Step]> = [];
  if (added) options.push([added.key, { kind: 'new', report: added.report }]);
  if (removal) options.push([removal.key, { kind: 'removed', removal }]);
  if (placed) options.push([placed.key, { kind: 'stored', placed }]);
  options.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return options[0]?.[1] ?? null;
}

/** The clustering replayed from just before the first change, tracking which clusters differ from the stored ones. */
class Replay {
  readonly #open = new OpenClusters();
  /** Per cluster: the stored incident it still equals (clean), or none (dirty: to be written). */
  readonly #origin = new Map<Cluster, { incidentId: string | null; dirty: boolean }>();
  /** The clean cluster standing for each stored incident. */
  readonly #cleanByIncident = new Map<string, Cluster>();
  readonly #changedClosed: Cluster[] = [];
  /** Stored incidents with a member placed so far, and the latest of those members' times. */
  readonly #storedLatest = new Map<string, number>();
  readonly #replaced: Set<string>;
  #dirtyOpen = 0;
  /** Latest time of any replaced stored incident's members placed so far: while its old version could still be open, later decisions may differ. */
  #replacedLatest = -Infinity;
  reconsidered = 0;

  constructor(replaced: Set<string>) {
    this.#replaced = replaced;
  }

  /** The stored clusters open just before `startKey`, cut to their members before it. */
  async restoreBefore(startKey: string, history: PlacementHistory): Promise<void> {
    const windowStart = new Date(keyTime(startKey) - BLOCK_WINDOW_MS).toISOString().slice(0, 10);
    const ids = new Set<string>();
    for (let from = windowStart, after = false; ; after = true) {
      const page = await history.membersFrom(from, startKey, PAGE, after);
      for (const m of page) ids.add(m.incidentId);
      if (page.length < PAGE) break;
      from = page[page.length - 1]!.key;
    }
    const byIncident = new Map<string, Array<{ key: string; report: IncidentInput }>>();
    for (const m of await history.membersOf([...ids])) {
      if (m.key >= startKey || m.report === null) continue;
      byIncident.set(m.incidentId, [...(byIncident.get(m.incidentId) ?? []), { key: m.key, report: m.report }]);
    }
    for (const [incidentId, members] of byIncident) {
      members.sort(byKey);
      let cluster: Cluster | null = null;
      for (const m of members) cluster = this.#open.place(m.report, cluster);
      this.#add(cluster!, incidentId);
      this.#storedLatest.set(incidentId, cluster!.latest);
    }
  }

  closeBefore(time: number): void {
    for (const closed of this.#open.closeBefore(time)) {
      if (!this.#origin.get(closed)!.dirty) continue;
      this.#dirtyOpen--;
      this.#changedClosed.push(closed);
    }
  }

  /** Whether nothing from `time` on can be placed differently than before: every changed cluster, old version or new, is closed. */
  settledAt(time: number): boolean {
    return this.#dirtyOpen === 0 && time - this.#replacedLatest > BLOCK_WINDOW_MS;
  }

  apply(step: Step, time: number, threshold: number): void {
    if (step.kind === 'removed') {
      this.#seeStored(step.removal.incidentId, time);
      this.#replace(step.removal.incidentId);
      return;
    }
    const report = step.kind === 'new' ? step.report : step.placed.report;
    const chosen = this.#open.choose(report, threshold);
    if (step.kind === 'new') {
      const cluster = this.#open.place(report, chosen);
      if (chosen) this.#markDirty(cluster);
      else this.#add(cluster, null);
      return;
    }
    this.reconsidered++;
    const { incidentId } = step.placed;
    const firstOfItsIncident = !this.#storedLatest.has(incidentId);
    this.#seeStored(incidentId, time);
    if (chosen) {
      const origin = this.#origin.get(chosen)!;
      if (origin.dirty || origin.incidentId !== incidentId) {
        this.#markDirty(chosen);
        this.#replace(incidentId);
      }
      this.#open.place(report, chosen);
    } else {
      this.#add(this.#open.place(report, null), firstOfItsIncident ? incidentId : null);
      if (!firstOfItsIncident) this.#replace(incidentId);
    }
  }

  changedClusters(): IncidentInput[][] {
    const open = this.#open.all().filter((c) => this.#origin.get(c)!.dirty);
    return [...this.#changedClosed, ...open].map((c) => c.members);
  }

  #add(cluster: Cluster, incidentId: string | null): void {
    this.#origin.set(cluster, { incidentId, dirty: incidentId === null });
    if (incidentId === null) this.#dirtyOpen++;
    else this.#cleanByIncident.set(incidentId, cluster);
  }

  #markDirty(cluster: Cluster): void {
    const origin = this.#origin.get(cluster)!;
    if (origin.dirty) return;
    origin.dirty = true;
    this.#dirtyOpen++;
    if (origin.incidentId) {
      this.#cleanByIncident.delete(origin.incidentId);
      this.#replace(origin.incidentId);
    }
  }

  #seeStored(incidentId: string, time: number): void {
    const latest = Math.max(this.#storedLatest.get(incidentId) ?? -Infinity, time);
    this.#storedLatest.set(incidentId, latest);
    if (this.#replaced.has(incidentId)) this.#replacedLatest = Math.max(this.#replacedLatest, latest);
  }

  /** The stored incident `incidentId` changes: its clean cluster, if any, becomes a changed one. */
  #replace(incidentId: string): void {
    const clean = this.#cleanByIncident.get(incidentId);
    if (clean) this.#markDirty(clean);
    this.#replaced.add(incidentId);
    this.#replacedLatest = Math.max(this.#replacedLatest, this.#storedLatest.get(incidentId) ?? -Infinity);
  }
}

/** Stored members from a key on, read page by page. */
class StoredStream {
  readonly #history: PlacementHistory;
  readonly #skip: ReadonlySet<string>;
  #from: string;
  #after = false;
  #buffer: Array<Placed & { report: IncidentInput }> = [];
  #done = false;

  constructor(history: PlacementHistory, fromKey: string, skip: ReadonlySet<string>) {
    this.#history = history;
    this.#from = fromKey;
    this.#skip = skip;
  }

  async peek(): Promise<(Placed & { report: IncidentInput }) | null> {
    while (this.#buffer.length === 0 && !this.#done) {
      const page = await this.#history.membersFrom(this.#from, null, PAGE, this.#after);
      if (page.length < PAGE) this.#done = true;
      if (page.length) [this.#from, this.#after] = [page[page.length - 1]!.key, true];
      this.#buffer = page.filter((m): m is Placed & { report: IncidentInput } => m.report !== null && !this.#skip.has(m.report.id));
    }
    return this.#buffer[0] ?? null;
  }

  async take(): Promise<void> {
    await this.peek();
    this.#buffer.shift();
  }
}

function keyTime(key: string): number {
  return Date.parse(key.slice(0, key.indexOf(' ')));
}

function byKey(a: { key: string }, b: { key: string }): number {
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}
