// Line-level web debris (ad labels, share prompts, newsletter pushes, bare dates) shared by HTML and text cleaning.

/** Whole lines that are page furniture when they stand alone (compared lower-cased, end punctuation removed). */
const FURNITURE_LINES = new Set([
  'advertisement', 'advert', 'advertisment', 'ad', 'ads', 'sponsored', 'sponsored content', 'read more', 'more', 'comments', 'comment',
  'tags', 'tag', 'share', 'share this', 'share this article', 'share this story', 'share on facebook', 'share on twitter',
  'related', 'related article', 'related articles', 'related stories', 'related posts', 'related news', 'also read', 'read also',
  'see also', 'top stories', 'partner news', 'recommended', 'recommended for you', 'you may also like', 'you might also like',
  'image', 'photo', 'caption', 'close', 'loading', 'print', 'email', 'facebook', 'twitter', 'whatsapp', 'linkedin', 'pinterest',
  'continue reading', 'trending', 'most popular', 'most read', 'latest news', 'leave a comment', 'leave a reply', 'post a comment',
  'thank you', 'thank you!', 'news room', 'newsroom', 'powered by', 'skip to content', 'skip to main content', 'menu', 'search',
  'like this', 'like loading', 'sharing is caring', 'share this', "don't miss", 'do not miss', 'listen', 'watch', 'next', 'previous',
]);

/** Prompts and notices that are debris when they make up a short line. */
const PROMPT_PATTERNS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(newsletters?|get the latest .* inbox)\b/i, 'newsletter prompt'],
  [/\b(follow (us|him|her|them) on|share (this|on|it with)|click here|tap here|download (our|the) app)\b/i, 'share prompt'],
  [/\b((this|our) (web)?site uses cookies|use of cookies|accept (all )?cookies|(control|manage|about) cookies|cookie (policy|settings|preferences)|privacy (policy|notice|settings)|privacy & cookies|terms of (use|service))\b/i, 'cookie or privacy notice'],
  [/\b(ad ?blocker|adblock(ing)?|disable your ad|whitelist (our|this) (web)?site)\b/i, 'ad-blocker notice'],
  [/\b(requires javascript|enable javascript)\b/i, 'script notice'],
  [/^(©|\(c\)|copyright\b)|all rights reserved/i, 'copyright notice'],
  [/^(also read|read also|related( article| story| stories)?|read more|see also|more from|more in)\s*[:|–—-]/i, 'teaser'],
];

const MONTH = '(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)';
const DATE_ONLY = new RegExp(
  `^((updated|published|posted|last updated)( on)?:?\\s*)?((mon|tues|wednes|thurs|fri|satur|sun)day,?\\s*)?(${MONTH}\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH}\\.?,?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4})([\\s,|–—-]*(at\\s*)?\\d{1,2}[:.]\\d{2}(\\s*[ap]\\.?m\\.?)?(\\s*[a-z]{2,5})?)?$`,
  'i',
);

/** Photo captions and credits: "… - Photo: NBC News |", "(Photo: Submitted to Kurdistan24)", "Credit: EPA". */
const CAPTION_PATTERNS: readonly RegExp[] = [
  /(^|[\s(\[|–—-])(photo|photograph|image|picture|pic|credit|photo credit|file photo|source)s?\s*(by)?\s*:\s*[^.!?]{2,80}[)\]|]?\s*\|?$/i,
  /\((photo|image|picture|file photo)\b[^)]{0,60}\)\s*\|?$/i,
  /\|\s*$/,
];
/** Markdown or table residue of images and layout: "![]() |", "|", "[image]". */
const LAYOUT_RESIDUE = /^(!?\[[^\]]*\]\([^)]*\)|[|\s]|\[(image|photo|video)\])+$/i;
/** Gallery counters: "Image 1 of 5", "Photo 3/12". */
const GALLERY_COUNTER = /^(image|photo|picture|slide)\s+\d+\s*(of|\/)\s*\d+$/i;
/** Comment counters and prompts: "12 comments", "Comments (3)", "Tell us what you think". */
const COMMENT_COUNT = /^(\d+\s+comments?|comments?\s*\(\d+\)|tell us what you think\W*|join the (conversation|discussion)\W*|what do you think\?)$/i;
/** A line that is only an e-mail address or a social-media profile: "name@paper.com", "twitter.com/name". */
const CONTACT_ONLY = /^([\w.+-]+@[\w-]+(\.[\w-]+)+|(www\.)?(twitter|x|facebook|instagram|linkedin|t\.me|youtube)\.com\/[\w.@-]+\/?)$/i;
/** A time stamp without a date: "Updated at 1:23 p.m.". */
const TIME_STAMP = /^(updated|published|posted|last updated)( at| on)?:?\s*\d{1,2}[:.]\d{2}\s*([ap]\.?m\.?)?\s*([a-z]{2,4})?\.?$/i;
/** Bylines standing alone: "By Mike Wuerthele and Malcolm Owen". */
const BYLINE = /^[Bb][Yy]:?\s+\p{Lu}[\p{L}.'’-]*(\s+(\p{Lu}[\p{L}.'’-]*|and|&|,|de|van|von|al))*\s*$/u;

/** Ad labels: "Advertisement", "Fly Erbil Advertisment". */
const AD_LABEL = /\badverti[sz]e?ments?\b|^sponsored\b/i;

/** A line longer than this is never judged as a prompt (real paragraphs can mention cookies). */
const PROMPT_MAX_LENGTH = 220;

/**
 * Why a standalone line is web debris, or null when it may be article text. Judges only short
 * lines; it never looks at neighbouring lines.
 */
export function debrisLineReason(line: string): string | null {
  const text = line.trim();
  if (text.length === 0) return 'empty';
  const bare = text.toLowerCase().replace(/[\s.:!…|»›>-]+$/u, '').replace(/^[\s|•·»›-]+/u, '');
  if (FURNITURE_LINES.has(bare)) return 'page furniture';
  if (LAYOUT_RESIDUE.test(text)) return 'image or layout residue';
  if (text.length <= 60 && AD_LABEL.test(text)) return 'advertisement label';
  if (text.length <= 40 && GALLERY_COUNTER.test(text)) return 'gallery counter';
  if (text.length <= 40 && COMMENT_COUNT.test(text)) return 'comment prompt';
  if (text.length <= 80 && CONTACT_ONLY.test(text)) return 'contact address';
  if (text.length <= 40 && TIME_STAMP.test(text)) return 'date line';
  if (text.length <= 80 && BYLINE.test(text)) return 'byline';
  if (text.length <= 300 && CAPTION_PATTERNS.some((p) => p.test(text))) return 'photo caption or credit';
  if (text.length <= 60 && DATE_ONLY.test(text)) return 'date line';
  if (text.length > PROMPT_MAX_LENGTH) return null;
  for (const [pattern, reason] of PROMPT_PATTERNS) if (pattern.test(text)) return reason;
  return null;
}
