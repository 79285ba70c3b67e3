// Numbers as news prose writes them: digits with separators, number words, and vague amounts with ACLED's conservative values.

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  a: 1, an: 1,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALES: Record<string, number> = { dozen: 12, hundred: 100, thousand: 1000, million: 1e6, billion: 1e9 };

/** Regex source for an exact number: "5,000", "1.5 million", "twenty-five", "a dozen", "two hundred". */
export const EXACT_NUMBER =
  '(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?:\\s+(?:hundred|thousand|million|billion)\\b)?' +
  `|(?:(?:${Object.keys(TENS).join('|')})(?:[-\\s](?:one|two|three|four|five|six|seven|eight|nine))?` +
  `|${Object.keys(UNITS).filter((w) => !['a', 'an', 'zero'].includes(w)).sort((a, b) => b.length - a.length).join('|')}` +
  '|an?\\s+dozen|an?\\s+(?=hundred|thousand|million))(?:\\s+(?:hundred|thousand|million|billion)\\b)?';

/** A vague amount and its ACLED-style reading: best is the conservative figure, low..high the range it implies. */
export interface VagueAmount {
  readonly low: number;
  readonly high: number | null;
  readonly best: number;
}

const FEW = { low: 2, high: 9, best: 3 };
const VAGUE_FACTORS: Record<string, VagueAmount> = {
  'a few': FEW, few: FEW, several: { low: 3, high: 9, best: 3 }, 'a handful': { low: 2, high: 5, best: 3 },
  'a handful of': { low: 2, high: 5, best: 3 }, 'a couple of': { low: 2, high: 2, best: 2 }, 'a couple': { low: 2, high: 2, best: 2 },
};
const VAGUE_PLURALS: Record<string, VagueAmount> = {
  dozens: { low: 12, high: 99, best: 12 }, scores: { low: 20, high: 99, best: 20 },
  hundreds: { low: 100, high: 999, best: 100 }, thousands: { low: 1000, high: 9999, best: 1000 },
  millions: { low: 1e6, high: 9999999, best: 1e6 },
};

/** Regex source for a vague amount: "a few hundred", "several", "dozens", "tens of thousands", "a handful". */
export const VAGUE_AMOUNT =
  '(?:a\\s+few|several|a\\s+couple\\s+of|a\\s+handful\\s+of)\\s+(?:dozen|hundred|thousand|million)\\b' +
  '|(?:tens|hundreds|dozens)\\s+of\\s+(?:thousands|millions)\\b|dozens\\b|scores\\b|hundreds\\b|thousands\\b|millions\\b' +
  '|several\\b|a\\s+few\\b|a\\s+handful(?:\\s+of)?\\b|a\\s+couple\\s+of\\b';

/** The value of an exact number written in digits or words; NaN when it does not parse. */
export function parseExactNumber(text: string): number {
  const t = text.toLowerCase().replace(/\s+/g, ' ').trim();
  // "62.000 refugees": dots grouping thousands, as many outlets write them (a decimal has other than three digits after the dot).
  if (/^[1-9]\d{0,2}(?:\.\d{3})+$/.test(t)) return Number(t.replace(/\./g, ''));
  const digits = /^([\d,]+(?:\.\d+)?)(?: (hundred|thousand|million|billion))?$/.exec(t);
  if (digits) return Number(digits[1]!.replace(/,/g, '')) * (digits[2] ? SCALES[digits[2]]! : 1);
  let total = 0;
  let current = 0;
  for (const word of t.split(/[-\s]+/)) {
    if (word in UNITS) current += UNITS[word]!;
    else if (word in TENS) current += TENS[word]!;
    else if (word in SCALES) { current = (current || 1) * SCALES[word]!; if (SCALES[word]! >= 1000) { total += current; current = 0; } }
    else return Number.NaN;
  }
  return total + current;
}

/** The reading of a vague amount ("a few hundred" → 200..900, best 300); null when it is not one. */
export function parseVagueAmount(text: string): VagueAmount | null {
  const t = text.toLowerCase().replace(/\s+/g, ' ').trim();
  if (t in VAGUE_PLURALS) return VAGUE_PLURALS[t]!;
  // "tens of thousands", "hundreds of millions": the first plural scales the second.
  const nested = /^(tens|dozens|hundreds) of (thousands|millions)$/.exec(t);
  if (nested) {
    const factor = nested[1] === 'tens' ? 10 : nested[1] === 'dozens' ? 12 : 100;
    const base = VAGUE_PLURALS[nested[2]!]!.best;
    return { low: factor * base, high: (nested[1] === 'hundreds' ? 1000 : 100) * base - 1, best: factor * base };
  }
  if (t in VAGUE_FACTORS) return VAGUE_FACTORS[t]!;
  const m = /^(a few|several|a couple of|a handful of) (dozen|hundred|thousand|million)$/.exec(t);
  if (!m) return null;
  const factor = VAGUE_FACTORS[m[1]!]!;
  const scale = m[2] === 'dozen' ? 12 : SCALES[m[2]!]!;
  return { low: factor.low * scale, high: factor.high === null ? null : factor.high * scale, best: factor.best * scale };
}
