// The settings table: one row per setting drives CLI defaults, environment variables and the docs.

export interface Setting {
  readonly name: string;
  readonly env: string;
  readonly default: string;
  readonly description: string;
}

export const SETTINGS = [
  { name: 'db', env: 'SITREP_DB', default: './sitrep.db', description: 'Store: a SQLite file path, or a postgres:// URL (with ?schema=NAME to use a schema other than public).' },
  { name: 'host', env: 'SITREP_HOST', default: '127.0.0.1', description: 'Address `sitrep serve` listens on.' },
  { name: 'port', env: 'SITREP_PORT', default: '8080', description: 'Port `sitrep serve` listens on.' },
  { name: 'max-bytes', env: 'SITREP_MAX_BYTES', default: String(15 * 1024 * 1024), description: 'Largest input accepted, in bytes, after decompression.' },
  { name: 'allow-hosts', env: 'SITREP_ALLOW_HOSTS', default: '', description: 'Host names ("feeds.lan", "*.lan") and addresses or CIDR ranges ("10.0.0.0/8", "::1") fetching may reach although they are private, loopback or otherwise internal. Comma-separated; empty allows only public addresses.' },
  { name: 'fetch-timeout', env: 'SITREP_FETCH_TIMEOUT', default: '30000', description: 'Longest time one fetch may take, redirects and body included, in milliseconds.' },
  { name: 'connect-timeout', env: 'SITREP_CONNECT_TIMEOUT', default: '10000', description: 'Longest wait for a connection to a server, in milliseconds.' },
  { name: 'headers-timeout', env: 'SITREP_HEADERS_TIMEOUT', default: '15000', description: 'Longest wait for a response\'s headers, in milliseconds.' },
  { name: 'max-redirects', env: 'SITREP_MAX_REDIRECTS', default: '5', description: 'Redirects followed per fetch; each hop\'s address is checked again.' },
  { name: 'fetch-retries', env: 'SITREP_FETCH_RETRIES', default: '3', description: 'Retries after a 429, 5xx or reset connection, with exponential backoff and jitter (Retry-After honoured up to 60 s).' },
  { name: 'host-concurrency', env: 'SITREP_HOST_CONCURRENCY', default: '2', description: 'Requests in flight to one host at once.' },
  { name: 'host-delay', env: 'SITREP_HOST_DELAY', default: '1000', description: 'Minimum gap between two requests to one host, in milliseconds (a longer robots.txt Crawl-delay wins).' },
  { name: 'ignore-robots', env: 'SITREP_IGNORE_ROBOTS', default: 'false', description: 'Set to "true" to skip robots.txt, for feeds and sites you own.' },
  { name: 'feed-max-items', env: 'SITREP_FEED_MAX_ITEMS', default: '1000', description: 'Entries read from one feed; the rest are skipped.' },
  { name: 'api-token', env: 'SITREP_API_TOKEN', default: '', description: 'Bearer token for API writes (POST /api/ingest), and for reads when they are protected. Empty: writes are refused.' },
  { name: 'server-names', env: 'SITREP_SERVER_NAMES', default: '', description: 'Extra Host names `sitrep serve` answers to (a reverse proxy\'s name), comma-separated. It always answers to its --host and bound address (and localhost on loopback), and refuses other names (DNS rebinding); listening on 0.0.0.0 or :: with no names set, it answers to any.' },
  { name: 'read-auth', env: 'SITREP_READ_AUTH', default: 'auto', description: 'Who may read the API: `auto` (open on loopback, token elsewhere), `token` (always the token) or `open`.' },
  { name: 'max-body-bytes', env: 'SITREP_MAX_BODY_BYTES', default: String(16 * 1024 * 1024), description: 'Largest API request body accepted, in bytes.' },
  { name: 'jobs', env: 'SITREP_JOBS', default: 'auto', description: 'Worker threads that run the per-article pipeline during ingest, watch, the server and `sitrep worker` (`auto`: one per core, for `sitrep worker` its share of the host\'s cores; ingest, watch and the server then let go the threads the work leaves idle, as when the writer holds an ingest back, and start them again when documents wait); `--jobs N` overrides it.' },
  { name: 'time-budget', env: 'SITREP_TIME_BUDGET', default: '10000', description: 'Longest time one document may take in the pipeline, in milliseconds; a document over it is stopped and recorded as failed, and the batch goes on.' },
  { name: 'relevance-model', env: 'SITREP_RELEVANCE_MODEL', default: '', description: 'The relevance model file the events stage gates mentions with (made by `npm run train`); empty: the committed data/models/relevance.json; `none`: no model (the cue rules alone).' },
] as const satisfies readonly Setting[];
export type SettingName = (typeof SETTINGS)[number]['name'];

/** The value of a setting: the environment variable when set, else the default. */
export function setting(name: SettingName, env: NodeJS.ProcessEnv = process.env): string {
  const row = SETTINGS.find((s) => s.name === name)!;
  const value = env[row.env];
  return value !== undefined && value !== '' ? value : row.default;
}
