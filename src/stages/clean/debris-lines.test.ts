// Unit tests of line-level debris recognition: what is debris, and what must stay article text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { debrisLineReason } from './debris-lines.ts';

test('recognises captions, credits, image residue, ad labels and notices with a reason', () => {
  const cases: Array<[string, string]> = [
    ['![]() |', 'image or layout residue'],
    ['Rescue teams at the dam site - Photo: Local Press |', 'photo caption or credit'],
    ['Soldiers near the border. (Photo: Courtesy of the ministry)', 'photo caption or credit'],
    ['Credit: Getty Images', 'photo caption or credit'],
    ['Advertisement', 'page furniture'],
    ['Visit Springfield Advertisment', 'advertisement label'],
    ['Ad Blocker Detected!', 'ad-blocker notice'],
    ['Please disable your adblocking software or whitelist our website.', 'ad-blocker notice'],
    ['Privacy & Cookies: This site uses cookies. By continuing to use this website, you agree to their use.', 'cookie or privacy notice'],
    ['Follow us on Twitter for more updates', 'share prompt'],
    ['Get the latest news delivered to your inbox: sign up for our newsletter', 'newsletter prompt'],
    ['ALSO READ: Storm closes the northern pass', 'teaser'],
    ['Image 2 of 7', 'gallery counter'],
    ['By Maria Lopez and John Smith', 'byline'],
    ['November 20, 2019 - 11:28 AM', 'date line'],
    ['Related Articles', 'page furniture'],
    ['12 comments', 'comment prompt'],
    ['Tell us what YOU think...', 'comment prompt'],
    ['Like Loading...', 'page furniture'],
    ['reporter@paper.example', 'contact address'],
    ['twitter.com/reporter', 'contact address'],
    ['Updated at 1:23 p.m.', 'date line'],
  ];
  for (const [line, reason] of cases) assert.equal(debrisLineReason(line), reason, line);
});

test('leaves article sentences alone, even when they mention photos, cookies or ads', () => {
  const sentences = [
    'The photographer said the images showed at least 40 vehicles crossing the border at night.',
    'Officials said the group had used cookies and other tracking tools on its recruitment sites, a practice banned since 2018, and had bought online advertising in three countries through front companies.',
    'Source: the ministry said twelve people were killed.',
    'Das Thema wird seit Jahren intensiv diskutiert: Die elektronische Patientenakte (ePA)',
    'By nightfall, the convoy had reached the city.',
    'IS finds safe haven in Iraq',
    'http://amzn.to/2iJFhRj',
  ];
  for (const line of sentences) assert.equal(debrisLineReason(line), null, line);
});
