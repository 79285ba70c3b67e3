// The settings table: one row per setting drives CLI defaults, environment variables and the docs.

export interface Setting {
  readonly name: string;
  readonly env: string;
  readonly default: string;
  readonly description: string;
}

export const SETTINGS = [
  { name: 'db', env: 'SITREP_DB', default: './sitrep.db', description: 'Store: a SQLite file path.' },
  { name: 'host', env: 'SITREP_HOST', default: '127.0.0.1', description: 'Address `sitrep serve` listens on.' },
  { name: 'port', env: 'SITREP_PORT', default: '8080', description: 'Port `sitrep serve` listens on.' },
  { name: 'max-bytes', env: 'SITREP_MAX_BYTES', default: String(15 * 1024 * 1024), description: 'Largest input accepted, in bytes, after decompression.' },
  { name: 'api-token', env: 'SITREP_API_TOKEN', default: '', description: 'Bearer token for API writes (POST /api/ingest), and for reads when they are protected. Empty: writes are refused.' },
  { name: 'read-auth', env: 'SITREP_READ_AUTH', default: 'auto', description: 'Who may read the API: `auto` (open on loopback, token elsewhere), `token` (always the token) or `open`.' },
  { name: 'max-body-bytes', env: 'SITREP_MAX_BODY_BYTES', default: String(16 * 1024 * 1024), description: 'Largest API request body accepted, in bytes.' },
] as const satisfies readonly Setting[];
export type SettingName = (typeof SETTINGS)[number]['name'];

/** The value of a setting: the environment variable when set, else the default. */
export function setting(name: SettingName, env: NodeJS.ProcessEnv = process.env): string {
  const row = SETTINGS.find((s) => s.name === name)!;
  const value = env[row.env];
  return value !== undefined && value !== '' ? value : row.default;
}
