// Splits a plain-text page into stories: headline groups, datelines, "Posted on" lines and teaser blocks mark the seams.
import type { RemovedBlock } from '../../../article/article.ts';
import { classifyLine, type ClassifiedLine } from './text-lines.ts';
import { findDateline } from './text-metadata.ts';
import { markRepeats } from './text-repeats.ts';
import { topicOverlap } from './text-topic.ts';

export interface StoryParts {
  /** 'story' for a full report; 'teaser' for a listed story (headline and excerpt) after the main one. */
  role: 'story' | 'teaser';
  /** Headline and bullet lines above the first paragraph. */
  readonly header: ClassifiedLine[];
  /** Headline and bullet lines right after the last paragraph (some pages put the headline there). */
  readonly trailer: ClassifiedLine[];
  /** Paragraphs, section headings included. */
  readonly lines: string[];
  /** "Posted on: …" line, or a bare date line, above the story's first paragraph, if any. */
  posted: string | null;
  readonly removed: RemovedBlock[];
}

export interface PageStories {
  readonly stories: StoryParts[];
  /** Blocks removed outside every story (teaser headings, stories without text, trailing notices). */
  readonly removed: RemovedBlock[];
}

/**
 * Overlap of content words below which a headline between two runs of paragraphs starts a new story
 * even without a dateline. Set low on purpose: sections of one report share far more words.
 */
const TOPIC_SHIFT_OVERLAP = 0.08;

/** Split tidied page text (one paragraph per line) into stories and removed debris. */
export function splitStories(text: string): PageStories {
  const lines = markRepeats(text.split('\n').filter((line) => line.trim()).map(classifyLine));
  const stories: StoryParts[] = [];
  const pageRemoved: RemovedBlock[] = [];
  let current = newStory('story');
  let pending: ClassifiedLine[] = [];
  let inTeasers = false;
  const hasBody = (): boolean => current.lines.length > 0;
  const startStory = (role: StoryParts['role'], header: ClassifiedLine[] = []): void => {
    current.trailer.push(...pending);
    pending = [];
    stories.push(current);
    current = newStory(role);
    current.header.push(...header);
  };
  for (const [i, raw] of lines.entries()) {
    // A listed story's excerpt often lacks a final full stop: after its headline it is text, not a second headline.
    const isExcerpt = inTeasers && raw.kind === 'headline' && !hasBody() && current.header.some((h) => h.kind === 'headline') && raw.text.split(' ').length >= 6;
    const line: ClassifiedLine = isExcerpt ? { text: raw.text, kind: 'body' } : raw;
    if (line.kind === 'debris' && line.reason === 'date line' && !hasBody() && !current.posted) {
      // A bare date above the first paragraph dates the story, like a "Posted on" line.
      current.posted = line.text;
    } else if (line.kind === 'debris') {
      (inTeasers ? pageRemoved : current.removed).push({ text: line.text, reason: line.reason ?? 'debris' });
    } else if (line.kind === 'teaser-heading') {
      pageRemoved.push({ text: line.text, reason: 'heading of a list of other stories' });
      if (hasBody() || current.header.length) startStory('teaser');
      inTeasers = true;
    } else if (line.kind === 'posted') {
      if (hasBody()) startStory(inTeasers ? 'teaser' : 'story');
      current.posted = line.text;
    } else if (line.kind === 'byline' && hasBody()) {
      current.removed.push({ text: line.text, reason: 'byline inside the text' });
    } else if (line.kind === 'headline' || line.kind === 'bullet' || line.kind === 'byline') {
      (hasBody() ? pending : current.header).push(line);
    } else if (pending.length === 0) {
      current.lines.push(line.text);
    } else if (inTeasers || startsNewStory(current, pending, line, lines, i)) {
      const cut = inTeasers ? 0 : lastHeadlineIndex(pending);
      const header = pending.slice(cut);
      pending = pending.slice(0, cut);
      startStory(inTeasers ? 'teaser' : 'story', header);
      current.lines.push(line.text);
    } else {
      // Headings between paragraphs of one report are its section headings: they stay in the text.
      current.lines.push(...pending.map((p) => p.text), line.text);
      pending = [];
    }
  }
  current.trailer.push(...pending);
  stories.push(current);
  return { stories: stories.filter((story) => keepStory(story, pageRemoved)), removed: pageRemoved };
}

function newStory(role: StoryParts['role']): StoryParts {
  return { role, header: [], trailer: [], lines: [], posted: null, removed: [] };
}

/** Lines of context the topic comparison reads on each side of a heading (bounds the work on huge pages). */
const TOPIC_WINDOW = 40;

/** A headline group followed by a dateline, headline-and-bullets highlights, or a change of topic opens a new story. */
function startsNewStory(current: StoryParts, pending: readonly ClassifiedLine[], line: ClassifiedLine, lines: readonly ClassifiedLine[], at: number): boolean {
  if (findDateline(line.text)) return true;
  if (isHeadlineWithBullets(pending)) return true;
  const run: string[] = [];
  for (let i = at; i < lines.length && run.length < TOPIC_WINDOW; i++) {
    const next = lines[i]!;
    if (next.kind === 'body') run.push(next.text);
    else if (next.kind !== 'debris') break;
  }
  const runText = run.join('\n');
  if (run.length < 2 && runText.length < 300) return false;
  return topicOverlap(current.lines.slice(-TOPIC_WINDOW).join('\n'), runText) < TOPIC_SHIFT_OVERLAP;
}

/**
 * A headline of four words or more followed by two or more bullets: the "highlights" that open a
 * story on news pages. (A short label over a list, like "Key points", does not count.)
 */
function isHeadlineWithBullets(group: readonly ClassifiedLine[]): boolean {
  const headline = group.findIndex((line) => line.kind === 'headline' && line.text.split(/\s+/).length >= 4);
  return headline >= 0 && group.slice(headline + 1).filter((line) => line.kind === 'bullet').length >= 2;
}

/** Where the next story's header starts in a group of headlines and bullets: its last headline. */
function lastHeadlineIndex(group: readonly ClassifiedLine[]): number {
  for (let i = group.length - 1; i >= 0; i--) if (group[i]!.kind === 'headline') return i;
  return 0;
}

/** Keep stories with text; record the headings of the others as removed. */
function keepStory(story: StoryParts, pageRemoved: RemovedBlock[]): boolean {
  if (story.lines.length > 0) return true;
  for (const line of [...story.header, ...story.trailer]) pageRemoved.push({ text: line.text, reason: 'heading without story text' });
  if (story.posted) pageRemoved.push({ text: story.posted, reason: 'date line without story text' });
  pageRemoved.push(...story.removed);
  return false;
}
