// Finds place mentions: capitalised word sequences that the gazetteer knows, with context cues and stop-lists.
import type { Gazetteer } from './gazetteer.ts';
import type { Mention } from './resolve.ts';
import { lookupCandidates } from './lookup.ts';

const CAPITALISED = /\b[A-Z][\p{L}'’.-]*(?:\s+(?:(?:of|de|al|el|la|du|des|do|da|upon|on)[-\s]+)?[A-Z][\p{L}'’.-]*)*/gu;

/** Place mentions in `text`, longest gazetteer match first within each capitalised run. */
export function recognizeMentions(g: Gazetteer, text: string): Mention[] {
  const mentions: Mention[] = [];
  for (const m of text.matchAll(CAPITALISED)) {
    const run = m[0].replace(/[.’']+$/u, (t) => (/^[A-Z]\.$/.test(m[0].slice(-2)) ? t : ''));
    const words = run.split(/\s+/);
    let i = 0;
    let offset = m.index;
    while (i < words.length) {
      let found = 0;
      for (let j = words.length; j > i; j--) {
        const phrase = words.slice(i, j).join(' ');
        if (g.stopNames.has(phrase.toLowerCase())) continue;
        if (lookupCandidates(g, phrase, []).length) {
          const start = text.indexOf(phrase, offset);
          mentions.push({ start, end: start + phrase.length, phrase });
          found = j - i;
          break;
        }
      }
      const step = Math.max(1, found);
      for (let k = 0; k < step; k++) offset = text.indexOf(words[i + k]!, offset) + words[i + k]!.length;
      i += step;
    }
  }
  return mentions;
}
