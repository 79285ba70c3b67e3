// Metadata for plain text and HTML files: a front matter block at the top, or a sidecar file beside them.
import { readFile } from 'node:fs/promises';
import type { InputFields } from '../../article/document.ts';

/** The sidecar of `story.txt` is `story.txt.meta.json`: {"published", "outlet", "url", "title"}. */
export const SIDECAR_SUFFIX = '.meta.json';

const KEYS: Record<string, keyof InputFields> = { published: 'published', date: 'published', outlet: 'outlet', source: 'outlet', url: 'url', title: 'title' };
const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(\r?\n|$)/;

/** A YYYY-MM-DD date or ISO 8601 timestamp, else null. */
export function publicationDate(value: unknown): string | null {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value.trim())) return null;
  return Number.isNaN(Date.parse(value.trim())) ? null : value.trim();
}

/** The fields a metadata object gives (unknown keys and bad dates are ignored). */
export function fieldsFromMetadata(metadata: Record<string, unknown>): InputFields {
  const fields: Record<string, string> = {};
  for (const [key, raw] of Object.entries(metadata)) {
    const field = KEYS[key.toLowerCase()];
    if (!field || typeof raw !== 'string' || !raw.trim()) continue;
    const value = field === 'published' ? publicationDate(raw) : raw.trim();
    if (value) fields[field] = value;
  }
  return fields;
}

/**
 * A front matter block (`---` line, `key: value` lines, `---` line) at the start of `text`: its fields
 * and the text after it; null when the text has none or the block holds no known key.
 */
export function splitFrontMatter(text: string): { fields: InputFields; body: string } | null {
  const match = FRONT_MATTER.exec(text);
  if (!match) return null;
  const metadata: Record<string, string> = {};
  for (const line of match[1]!.split(/\r?\n/)) {
    const pair = /^\s*([A-Za-z_]+)\s*:\s*(.*?)\s*$/.exec(line);
    if (pair) metadata[pair[1]!] = pair[2]!.replace(/^(["'])(.*)\1$/, '$2');
  }
  const fields = fieldsFromMetadata(metadata);
  return Object.keys(fields).length ? { fields, body: text.slice(match[0].length) } : null;
}

/** The fields of `path`'s sidecar file, {} when there is none; a sidecar that is not a JSON object is an error. */
export async function sidecarFields(path: string): Promise<InputFields> {
  let text: string;
  try {
    text = await readFile(`${path.replace(/\.gz$/i, '')}${SIDECAR_SUFFIX}`, 'utf8');
  } catch {
    return {};
  }
  const parsed: unknown = JSON.parse(text);
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error(`${path}${SIDECAR_SUFFIX} is not a JSON object`);
  return fieldsFromMetadata(parsed as Record<string, unknown>);
}

/** `items` with `defaults` filling the fields each leaves open (an input's own record, sidecar or front matter wins); `items` itself when there are no defaults. */
export function withDefaultFields<T extends { readonly fields: InputFields; readonly error: string | null }>(
  items: AsyncIterable<T>, defaults: InputFields,
): AsyncIterable<T> {
  const given = Object.entries(defaults).filter(([, v]) => v !== undefined && v !== null);
  if (given.length === 0) return items;
  return (async function* filled() {
    for await (const item of items) {
      if (item.error) {
        yield item;
        continue;
      }
      const fields: Record<string, unknown> = { ...item.fields };
      for (const [key, value] of given) if (fields[key] === undefined || fields[key] === null) fields[key] = value;
      yield { ...item, fields };
    }
  })();
}
