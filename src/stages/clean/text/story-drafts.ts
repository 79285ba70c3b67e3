// Turns the stories found on a plain-text page into article drafts: text, title, byline, dateline, date.
import type { ArticleMeta, RemovedBlock } from '../../../article/article.ts';
import { humanDate } from '../publication-date.ts';
import type { ClassifiedLine } from './text-lines.ts';
import { bylineName, findDateline } from './text-metadata.ts';
import type { StoryParts } from './text-stories.ts';

type MutableMeta = { -readonly [K in keyof ArticleMeta]?: ArticleMeta[K] };

export interface StoryDraft {
  readonly role: StoryParts['role'];
  readonly text: string;
  readonly meta: MutableMeta;
  readonly sources: Record<string, string>;
  readonly removed: RemovedBlock[];
}

/**
 * The draft of one story. The headline leaves the text for `meta.title` (as on HTML pages, whose
 * extracted text has no headline either); bylines and "Posted on" lines become metadata; summary
 * bullets are dropped. Every line that leaves the text is listed in `removed` with the reason.
 */
export function storyDraft(story: StoryParts): StoryDraft {
  const meta: MutableMeta = {};
  const sources: Record<string, string> = {};
  const removed: RemovedBlock[] = [];
  const keepByline = (line: ClassifiedLine, name: string): void => {
    meta.byline = name;
    sources.byline = 'text:byline';
    removed.push({ text: line.text, reason: 'byline, kept as meta.byline' });
  };
  const take = (lines: readonly ClassifiedLine[], where: 'header' | 'trailer'): void => {
    for (const line of lines) {
      const name = line.kind === 'byline' || (where === 'header' && meta.title) ? bylineName(line.text) : null;
      if (line.kind === 'bullet') removed.push({ text: line.text, reason: 'summary bullet' });
      else if (name && !meta.byline) keepByline(line, name);
      else if (line.kind === 'byline') removed.push({ text: line.text, reason: 'second byline' });
      else if (!meta.title) {
        meta.title = line.text;
        sources.title = where === 'header' ? 'text:headline' : 'text:headline-after-story';
        removed.push({ text: line.text, reason: 'headline, kept as meta.title' });
      } else removed.push({ text: line.text, reason: where === 'header' ? 'heading above the story' : 'heading after the story' });
    }
  };
  take(story.header, 'header');
  take(story.trailer, 'trailer');
  if (story.posted) {
    const date = humanDate(story.posted);
    if (date) {
      meta.published = date;
      sources.published = /^(posted|published|updated)/i.test(story.posted) ? 'text:posted-on' : 'text:date-line';
    }
    removed.push({ text: story.posted, reason: date ? 'date line, kept as meta.published' : 'date line (no date could be read)' });
  }
  const dateline = story.lines[0] ? findDateline(story.lines[0]) : null;
  if (dateline?.place) {
    meta.dateline = dateline.place;
    sources.dateline = 'text:dateline';
  }
  if (dateline?.outlet) {
    meta.outlet = dateline.outlet;
    sources.outlet = 'text:dateline';
  }
  return { role: story.role, text: story.lines.join('\n'), meta, sources, removed: [...removed, ...story.removed] };
}
