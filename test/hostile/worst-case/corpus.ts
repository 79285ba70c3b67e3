// The worst-case corpus: inputs built to hit the costly paths (long tokens, long lines, deep nesting in
// HTML, JSON and XML, many tiny sentences, huge numbers, NULs, runs of capitalised words), each made at
// any size so the suite can time it at S and 2S (super-linear growth fails) and near the 15 MiB cap.

export interface WorstCase {
  readonly name: string;
  /** What the input stresses. */
  readonly what: string;
  /** 'ingest': a file read and ingested end to end; 'feed': feed text parsed as `watch` parses it. */
  readonly path: 'ingest' | 'feed';
  readonly extension: '.txt' | '.html' | '.jsonl' | '.xml';
  /** The input, about `bytes` long (never longer). */
  make(bytes: number): string;
}

/** Repeat `unit` to fill `bytes` (UTF-8 length of an ASCII unit is its length). */
function fill(unit: string, bytes: number): string {
  return unit.repeat(Math.max(1, Math.floor(bytes / unit.length)));
}

/** Deterministic news-like prose: varied sentences with actors, numbers, places and dates. */
export function prose(bytes: number, separator = '\n\n'): string {
  const actors = ['Gunmen', 'Security forces', 'Protesters', 'Militants', 'Police', 'Unidentified attackers', 'Government troops', 'Rebels'];
  const verbs = ['killed', 'wounded', 'abducted', 'attacked', 'clashed with', 'arrested', 'shelled'];
  const objects = ['civilians', 'soldiers', 'villagers', 'police officers', 'farmers', 'students', 'fighters'];
  const places = ['Mosul', 'Kirkuk', 'Maiduguri', 'Gao', 'Aleppo', 'Idlib', 'Kandahar', 'Mogadishu', 'Bunia', 'Sana\'a'];
  const days = ['on Monday', 'on Tuesday', 'late on Friday', 'overnight', 'on Sunday morning', 'last week'];
  const tails = ['officials said.', 'a local source told reporters.', 'according to the provincial governor.', 'witnesses said.', 'the army said in a statement.'];
  let seed = 7;
  const pick = <T>(xs: readonly T[]): T => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return xs[seed % xs.length]!;
  };
  const parts: string[] = [];
  let length = 0;
  let sentences = 0;
  while (length < bytes) {
    const n = 1 + (seed % 97);
    const sentence = `${pick(actors)} ${pick(verbs)} ${n} ${pick(objects)} near ${pick(places)} ${pick(days)}, ${pick(tails)}`;
    sentences++;
    const part = sentences % 4 === 0 ? `${sentence}${separator}` : `${sentence} `;
    if (length + part.length > bytes) break;
    parts.push(part);
    length += part.length;
  }
  return parts.join('');
}

const LEAD = 'Gunmen killed two farmers near Mosul on Friday, police said. ';

export const WORST_CASES: readonly WorstCase[] = [
  { name: 'prose', what: 'ordinary news prose in paragraphs', path: 'ingest', extension: '.txt', make: (b) => prose(b) },
  { name: 'prose-one-line', what: 'ordinary prose on one line, no paragraph breaks', path: 'ingest', extension: '.txt', make: (b) => prose(b, ' ') },
  { name: 'long-token', what: 'one capitalised token (AAAA…)', path: 'ingest', extension: '.txt', make: (b) => LEAD + fill('A', b - LEAD.length) },
  { name: 'capitalised-words', what: 'an endless run of capitalised words (entity patterns)', path: 'ingest', extension: '.txt', make: (b) => LEAD + fill('Al Shabaab Islamic State Front ', b - LEAD.length) },
  { name: 'tiny-sentences', what: 'many one-word sentences', path: 'ingest', extension: '.txt', make: (b) => LEAD + fill('Go. ', b - LEAD.length) },
  { name: 'short-lines', what: 'many one-word lines', path: 'ingest', extension: '.txt', make: (b) => LEAD + fill('killed\n', b - LEAD.length) },
  { name: 'digits', what: 'one huge number (digits only)', path: 'ingest', extension: '.txt', make: (b) => LEAD + fill('1', b - LEAD.length) },
  { name: 'numbers', what: 'numbers and counts back to back', path: 'ingest', extension: '.txt', make: (b) => LEAD + fill('5,000 killed 12 ', b - LEAD.length) },
  { name: 'punctuation', what: 'a run of dots and dashes', path: 'ingest', extension: '.txt', make: (b) => LEAD + fill('.-', b - LEAD.length) },
  {
    name: 'deep-html', what: 'HTML nested as deep as the size allows', path: 'ingest', extension: '.html',
    make: (b) => {
      const levels = Math.floor((b - LEAD.length) / 11);
      return `${'<div>'.repeat(levels)}<p>${LEAD}</p>${'</div>'.repeat(levels)}`;
    },
  },
  { name: 'unclosed-html', what: 'HTML with every tag left open', path: 'ingest', extension: '.html', make: (b) => `<p>${LEAD}</p>${fill('<b>', b - LEAD.length - 7)}` },
  {
    name: 'wide-html', what: 'HTML paragraphs of prose, side by side', path: 'ingest', extension: '.html',
    make: (b) => `<html><body><article>${prose(b - 64, '</p><p>')}</article></body></html>`,
  },
  {
    name: 'repeated-report', what: 'one report sentence over and over, naming the outlet (one event of thousands of mentions)', path: 'ingest', extension: '.jsonl',
    make: (b) => `${JSON.stringify({ outlet: 'Mosul Post', published: '2024-03-05', text: fill('Mosul Post said gunmen killed two farmers in Kirkuk on Monday. ', b - 100) })}\n`,
  },
  {
    name: 'deep-json', what: 'a JSON Lines record nested as deep as the size allows', path: 'ingest', extension: '.jsonl',
    make: (b) => {
      const levels = Math.floor((b - 64) / 2);
      return `{"text":${JSON.stringify(LEAD)},"x":${'['.repeat(levels)}${']'.repeat(levels)}}\n`;
    },
  },
  {
    name: 'wide-json', what: 'a JSON Lines record with a huge array beside its text', path: 'ingest', extension: '.jsonl',
    make: (b) => `{"text":${JSON.stringify(LEAD)},"x":[${fill('1,', b - 64)}1]}\n`,
  },
  {
    name: 'json-text', what: 'one JSON Lines record carrying all the prose', path: 'ingest', extension: '.jsonl',
    make: (b) => {
      // JSON escapes each paragraph break: shrink the prose until the line fits the size.
      let text = prose(b - 64);
      let line = JSON.stringify({ text, title: 'Report' });
      while (line.length > b - 1) {
        text = text.slice(0, text.length - (line.length - b) - 64);
        line = JSON.stringify({ text, title: 'Report' });
      }
      return `${line}\n`;
    },
  },
  {
    name: 'nuls', what: 'a JSON record whose text is half NUL characters', path: 'ingest', extension: '.jsonl',
    make: (b) => `${JSON.stringify({ text: LEAD + fill('a\u0000', Math.floor((b - 100) / 7) * 2) })}\n`,
  },
  {
    name: 'deep-xml', what: 'a feed nested as deep as the size allows', path: 'feed', extension: '.xml',
    make: (b) => {
      const levels = Math.floor((b - 200) / 7);
      return `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>x</title>${'<a>'.repeat(levels)}${'</a>'.repeat(levels)}</item></channel></rss>`;
    },
  },
  {
    name: 'wide-xml', what: 'a feed with a huge number of items', path: 'feed', extension: '.xml',
    make: (b) => {
      const item = (i: number) => `<item><title>Item ${i}</title><link>https://example.org/${i}</link><guid>${i}</guid></item>`;
      const items: string[] = [];
      let length = 100;
      for (let i = 0; length < b - 200; i++) {
        const x = item(i);
        items.push(x);
        length += x.length;
      }
      return `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>${items.join('')}</channel></rss>`;
    },
  },
];
