// From one decoded document to the articles it holds: main text, metadata and what was removed.
import type { ArticleMeta, RemovedBlock } from '../../article/article.ts';
import type { InputFields } from '../../article/document.ts';
import { tidyText } from './clean-text.ts';
import { detectLanguage, primaryLanguage } from './detect-language.ts';
import { htmlToText } from './html/html-to-text.ts';
import { dateFromUrl, normalizePublicationDate } from './publication-date.ts';
import { storyDraft, type StoryDraft } from './text/story-drafts.ts';
import { findDateline, outletFromUrl } from './text/text-metadata.ts';
import { splitStories } from './text/text-stories.ts';

export const CLEAN_STAGE = { id: 'clean', version: '2.0.0' } as const;

export interface ArticleDraft {
  readonly text: string;
  readonly meta: Partial<ArticleMeta>;
  readonly removed: readonly RemovedBlock[];
  /** 'story' for a full report, 'teaser' for a headline-and-excerpt item listed after it. */
  readonly role?: 'story' | 'teaser';
}

/**
 * Split a decoded document into article drafts. HTML goes through the main-text extractor (one
 * draft); plain text is cleaned of debris and split into one draft per story. Input fields (url,
 * title, outlet, published) override what the page says for its main story: the first, unless a
 * later story is more than twice its length (a scraped page whose first "story" is a stray notice
 * or time stamp line). Returns no drafts when nothing article-like is left.
 */
export function extractArticles(body: string, kind: 'text' | 'html', fields: InputFields): ArticleDraft[] {
  const drafts = kind === 'html' ? [htmlDraft(body, fields.url ?? null)] : textDrafts(body);
  const withText = drafts.filter((draft) => /\p{L}{2,}/u.test(draft.text));
  const main = mainStoryIndex(withText);
  return withText.map((draft, index) => finish(draft, index === main ? fields : { url: fields.url, synthetic: fields.synthetic }));
}

function mainStoryIndex(drafts: readonly StoryDraft[]): number {
  const longest = drafts.reduce((best, d, i) => (d.role !== 'teaser' && d.text.length > drafts[best]!.text.length ? i : best), 0);
  return drafts.length > 0 && drafts[longest]!.text.length > 2 * drafts[0]!.text.length ? longest : 0;
}

function textDrafts(body: string): StoryDraft[] {
  const page = splitStories(tidyText(body));
  const drafts = page.stories.map(storyDraft);
  // Blocks removed between or after stories are reported with the page's first story.
  if (drafts[0]) drafts[0].removed.push(...page.removed);
  return drafts;
}

function htmlDraft(html: string, url: string | null): StoryDraft {
  const page = htmlToText(html, url);
  const text = tidyText(page.text);
  const meta: StoryDraft['meta'] = {};
  const sources: Record<string, string> = {};
  const { title, outlet, byline, published, language } = page.metadata;
  if (title) [meta.title, sources.title] = [title.value, title.source];
  if (outlet) [meta.outlet, sources.outlet] = [outlet.value, outlet.source];
  if (byline) [meta.byline, sources.byline] = [byline.value, byline.source];
  const date = published ? normalizePublicationDate(published.value) : null;
  if (published && date) [meta.published, sources.published] = [date, published.source];
  const declared = language ? primaryLanguage(language.value) : null;
  if (language && declared) [meta.language, sources.language] = [declared, language.source];
  const dateline = findDateline(text.split('\n', 1)[0] ?? '');
  if (dateline?.place) [meta.dateline, sources.dateline] = [dateline.place, 'text:dateline'];
  if (dateline?.outlet && !meta.outlet) [meta.outlet, sources.outlet] = [dateline.outlet, 'text:dateline'];
  return { role: 'story', text, meta, sources, removed: page.removed };
}

function finish(draft: StoryDraft, fields: InputFields): ArticleDraft {
  const meta = { ...draft.meta };
  const sources = { ...draft.sources };
  for (const key of ['url', 'title', 'outlet', 'published'] as const) {
    const value = fields[key];
    if (value) [meta[key], sources[key]] = [value, 'input'];
  }
  const host = !meta.outlet && meta.url ? outletFromUrl(meta.url) : null;
  if (host) [meta.outlet, sources.outlet] = [host, 'url'];
  const urlDate = !meta.published && meta.url ? dateFromUrl(meta.url) : null;
  if (urlDate) [meta.published, sources.published] = [urlDate, 'url'];
  if (!meta.language) {
    const detected = detectLanguage(draft.text);
    if (detected) [meta.language, sources.language] = [detected, 'text:tinyld'];
  }
  meta.synthetic = fields.synthetic === true;
  meta.sources = sources;
  return { text: draft.text, meta, removed: draft.removed, role: draft.role };
}
