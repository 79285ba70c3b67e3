// Unit tests of plain-text story splitting on hand-made pages: seams, teasers, repeats and section headings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitStories } from './text-stories.ts';

const FLOOD = [
  'RIVERTON: Floodwaters rose overnight across the valley, forcing hundreds of families from their homes, officials said.',
  'Rescue crews used boats to reach villages cut off by the river, and the regional government opened six shelters.',
  'Forecasters expect more rain on Friday, which could push the river above its record level set in 1998.',
];
const TRADE = [
  'PORTSMOUTH: Ministers from the two countries signed a trade agreement on Tuesday after months of negotiation.',
  'The deal cuts tariffs on machinery and grain, and sets up a joint committee to settle disputes over fishing quotas.',
];

test('a headline with summary bullets and a dateline after a finished story starts a second story', () => {
  const page = [...FLOOD, 'Valley floods force hundreds from homes', '- Rescue crews used boats', 'Ministers sign trade deal', '- Tariffs on machinery cut', ...TRADE].join('\n');
  const { stories } = splitStories(page);
  assert.equal(stories.length, 2);
  assert.deepEqual(stories[0]!.lines, FLOOD);
  assert.deepEqual(stories[0]!.trailer.map((l) => l.kind), ['headline', 'bullet']);
  assert.deepEqual(stories[1]!.lines, TRADE);
  assert.deepEqual(stories[1]!.header.map((l) => l.text), ['Ministers sign trade deal', '- Tariffs on machinery cut']);
});

test('a list inside a report, even under a short label, stays in the report', () => {
  const page = [...FLOOD.slice(0, 2), 'Key points', '- Six shelters are open', '- Schools are closed', FLOOD[2]!].join('\n');
  const { stories } = splitStories(page);
  assert.equal(stories.length, 1);
  assert.deepEqual(stories[0]!.lines, [...FLOOD.slice(0, 2), 'Key points', '- Six shelters are open', '- Schools are closed', FLOOD[2]]);
});

test('section headings inside one report stay in its text', () => {
  const page = ['Valley floods force hundreds from homes', ...FLOOD.slice(0, 2), 'Shelters fill up', FLOOD[2]!].join('\n');
  const { stories } = splitStories(page);
  assert.equal(stories.length, 1);
  assert.deepEqual(stories[0]!.lines, [...FLOOD.slice(0, 2), 'Shelters fill up', FLOOD[2]]);
  assert.equal(stories[0]!.header[0]!.text, 'Valley floods force hundreds from homes');
});

test('a headline followed by a different topic starts a new story even without a dateline', () => {
  const unrelated = [
    'The museum reopened its east wing after a renovation that restored painted ceilings and medieval tapestries.',
    'Curators moved sculpture collections into brighter galleries, and visitors can now book evening tours online.',
  ];
  const { stories } = splitStories([...FLOOD, 'Museum reopens east wing', ...unrelated].join('\n'));
  assert.equal(stories.length, 2);
  assert.deepEqual(stories[1]!.lines, unrelated);
});

test('a list of other stories after "Related" becomes teaser items with their dates, never part of the main story', () => {
  const page = [
    ...FLOOD,
    'Related Articles',
    'Posted on: Monday, May 6, 2019 | By: News Desk',
    'Bridge reopens after repairs',
    'The bridge over the river reopened to traffic on Monday after two years of repairs',
    'Posted on: Friday, May 3, 2019 | By: News Desk',
    'Council approves budget',
    'The council approved the budget by seven votes to four',
    'Send us your stories and comments',
  ].join('\n');
  const { stories, removed } = splitStories(page);
  assert.deepEqual(stories.map((s) => s.role), ['story', 'teaser', 'teaser']);
  assert.deepEqual(stories[0]!.lines, FLOOD);
  assert.equal(stories[1]!.header[0]!.text, 'Bridge reopens after repairs');
  assert.match(stories[1]!.posted ?? '', /May 6, 2019/);
  assert.deepEqual(stories[2]!.lines, ['The council approved the budget by seven votes to four']);
  assert.ok(removed.some((r) => r.text === 'Related Articles' && r.reason === 'heading of a list of other stories'));
  assert.ok(stories[2]!.trailer.some((l) => l.text === 'Send us your stories and comments'));
});

test('repeated headlines, repeated paragraphs and ledes repeated inside the body are removed with reasons', () => {
  const lede = 'Floodwaters rose overnight across the valley, forcing hundreds of families from their homes.';
  const page = ['Valley floods', 'Valley floods', lede, `${lede} Officials said six shelters were open.`, FLOOD[1]!, FLOOD[1]!].join('\n');
  const [story] = splitStories(page).stories;
  assert.deepEqual(story!.lines, [`${lede} Officials said six shelters were open.`, FLOOD[1]]);
  assert.deepEqual(story!.removed.map((r) => r.reason), ['repeated headline', 'repeated paragraph (also inside a longer paragraph)', 'repeated paragraph']);
});

test('debris lines are removed and recorded with their reason', () => {
  const page = ['Valley floods', FLOOD[0]!, '![]() |', 'Boats on the flooded road - Photo: Staff |', FLOOD[1]!, 'Ad Blocker Detected!'].join('\n');
  const [story] = splitStories(page).stories;
  assert.deepEqual(story!.lines, FLOOD.slice(0, 2));
  assert.deepEqual(story!.removed.map((r) => r.reason), ['image or layout residue', 'photo caption or credit', 'ad-blocker notice']);
});
