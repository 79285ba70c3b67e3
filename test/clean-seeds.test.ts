// The five seed pages through the cleaner: which lines go, which stay, and how many stories each page yields.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractArticles, type ArticleDraft } from '../src/stages/clean/extract-articles.ts';

const SEEDS = fileURLToPath(new URL('../../shared/corpus/seeds/', import.meta.url));
const skip = existsSync(SEEDS) ? false : `no seeds at ${SEEDS} (../shared is absent outside the workspace)`;

function seed(prefix: string): ArticleDraft[] {
  const name = ['000_f55d8ec11a386289', '001_712ab4d5695d9159', '002_12b1ab0b4248cc3a', '003_8f9a9f19018dd6f0', '004_f6356978055d864c'].find((n) => n.startsWith(prefix))!;
  return extractArticles(readFileSync(`${SEEDS}${name}.txt`, 'utf8'), 'text', {});
}

const reasons = (draft: ArticleDraft): string[] => draft.removed.map((r) => r.reason);
const removedText = (draft: ArticleDraft, reason: string): string[] => draft.removed.filter((r) => r.reason === reason).map((r) => r.text);

test('seed 000: image residue and captions go, the outlet comes from the text', { skip }, () => {
  const [article, ...rest] = seed('000');
  assert.equal(rest.length, 0);
  assert.equal(article!.meta.title, "IS finds 'safe haven' in Iraq");
  assert.equal(article!.meta.outlet, 'Baonghean.vn');
  assert.equal(article!.meta.sources?.outlet, 'text:dateline');
  assert.equal(article!.meta.language, 'en');
  assert.deepEqual(removedText(article!, 'image or layout residue'), ['![]() |', '![]() |']);
  assert.equal(removedText(article!, 'photo caption or credit').length, 2);
  assert.doesNotMatch(article!.text, /Photo: NBC News|!\[\]/);
  assert.match(article!.text, /^\(Baonghean\.vn\) - Although/);
  assert.match(article!.text, /happened in 2012\.$/);
  assert.equal(article!.text.split('\n').length, 6);
});

test('seed 001: the Daesh story and the Geneva story become two articles, teaser bullets dropped', { skip }, () => {
  const articles = seed('001');
  assert.equal(articles.length, 2);
  const [daesh, geneva] = articles as [ArticleDraft, ArticleDraft];
  assert.equal(daesh.meta.dateline, 'BAGHDAD');
  assert.equal(daesh.meta.title, 'From Syria, Daesh slips into Iraq to fight another day');
  assert.equal(daesh.meta.sources?.title, 'text:headline-after-story');
  assert.match(daesh.text, /^BAGHDAD: Daesh fighters/);
  assert.match(daesh.text, /those calls have petered out\.$/);
  assert.doesNotMatch(daesh.text, /Geneva|GENEVA|Witkoff/);
  assert.ok(reasons(daesh).includes('repeated headline'));
  assert.equal(reasons(daesh).filter((r) => r === 'summary bullet').length, 2);
  assert.equal(geneva.meta.dateline, 'GENEVA');
  assert.equal(geneva.meta.title, 'US presses missile issue as new Iran talks to open in Geneva');
  assert.match(geneva.text, /^GENEVA: The United States and Iran/);
  assert.match(geneva.text, /\n‘Neither war nor peace’\n/);
  assert.doesNotMatch(geneva.text, /Daesh|BAGHDAD|^- /m);
  assert.equal(reasons(geneva).filter((r) => r === 'summary bullet').length, 2);
});

test('seed 002: duplicate caption, repeated lede and ad label go; dateline and outlet are read', { skip }, () => {
  const [article, ...rest] = seed('002');
  assert.equal(rest.length, 0);
  assert.equal(article!.meta.title, 'ISIS remains a persistent threat in Iraq years after its defeat');
  assert.equal(article!.meta.dateline, 'ERBIL');
  assert.equal(article!.meta.outlet, 'Kurdistan24');
  assert.equal(removedText(article!, 'photo caption or credit').length, 2);
  assert.deepEqual(removedText(article!, 'advertisement label'), ['Fly Erbil Advertisment']);
  assert.equal(removedText(article!, 'repeated paragraph (also inside a longer paragraph)').length, 1);
  assert.match(article!.text, /^ERBIL \(Kurdistan24\) – The Iraqi army/);
  assert.equal(article!.text.split('\n').length, 4);
  assert.equal(article!.text.match(/In a recent offensive/g)?.length, 1);
  assert.doesNotMatch(article!.text, /Photo:|Advertisment/);
});

test('seed 003: the repeated title and the ad-blocker notice go', { skip }, () => {
  const [article, ...rest] = seed('003');
  assert.equal(rest.length, 0);
  assert.equal(article!.meta.title, 'ISIS is Worming Their Way Back into Iraq');
  assert.ok(reasons(article!).includes('repeated headline'));
  assert.equal(removedText(article!, 'ad-blocker notice').length, 2);
  assert.ok(removedText(article!, 'page furniture').includes('Thank You!'));
  assert.match(article!.text, /^ISIS faced its defeat/);
  assert.match(article!.text, /life under ISIS\.”$/);
  assert.equal(article!.text.split('\n').length, 11);
  assert.doesNotMatch(article!.text, /Worming|Ad Blocker|adblocking/);
});

test('seed 004: the main story keeps its byline and section headings; the five listed stories become teasers', { skip }, () => {
  const [main, ...teasers] = seed('004');
  assert.equal(main!.role, 'story');
  assert.equal(main!.meta.title, 'Islamic State Defeated, Syrian Force Says');
  assert.equal(main!.meta.byline, 'Jeff Seldin');
  assert.match(main!.text, /^U\.S\.-backed Syrian force said Saturday/);
  assert.match(main!.text, /contributed to this report\.$/);
  for (const heading of ['Last scraps of land', 'Declaring victory']) assert.ok(main!.text.split('\n').includes(heading));
  assert.doesNotMatch(main!.text, /Posted on|Taliban|Telegram|Herat|Cookie|Powered by|News Room|Related Article/);
  assert.ok(reasons(main!).includes('heading of a list of other stories'));
  assert.equal(removedText(main!, 'cookie or privacy notice').length, 4);
  assert.deepEqual(teasers.map((t) => t.role), ['teaser', 'teaser', 'teaser', 'teaser', 'teaser']);
  assert.deepEqual(teasers.map((t) => t.meta.published), ['2019-09-04', '2019-08-27', '2019-06-06', '2019-05-21', '2019-05-15']);
  assert.ok(teasers.every((t) => t.meta.sources?.published === 'text:posted-on' && t.text.split('\n').length === 1));
  assert.match(teasers[3]!.meta.title ?? '', /^Terrorist shot dead/);
});
