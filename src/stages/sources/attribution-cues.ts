// The words that mark reported speech, and the clause words that bound a speaker phrase on its left.

/** Reporting verbs, in every tense news prose uses them. */
export const CUE_VERBS = [
  'said', 'says', 'say', 'told', 'tells', 'warned', 'warns', 'warn', 'claimed', 'claims', 'confirmed', 'confirms',
  'announced', 'announces', 'estimated', 'estimates', 'tweeted', 'tweets', 'stated', 'states', 'noted', 'notes',
  'added', 'adds', 'reported', 'reports', 'urged', 'urges', 'cautioned', 'cautions', 'caution', 'explained', 'explains',
  'highlighted', 'stressed', 'stress', 'stresses', 'insisted', 'insists', 'suggested', 'acknowledged', 'denied',
  'predicted', 'wrote', 'continued', 'argued', 'argues', 'alleged', 'admitted', 'revealed', 'disclosed',
  'pledged', 'vowed', 'asserted', 'declared', 'recalled', 'found', 'showed', 'shows', 'denies', 'deny', 'claim', 'concerned', 'believes', 'citing', 'quoted', 'put', 'puts', 'show', 'documented', 'recorded', 'counted', 'tallied',
  'narrated', 'indicated', 'indicates', 'pointed out', 'points out', 'spoke of', 'speak of', 'speaks of',
] as const;

/** Cues that speak only when a clause with "that" follows: "IS is concerned that …", not "Six alleged ISIS members". */
export const CUES_NEEDING_THAT = new Set(['alleged', 'concerned', 'claim', 'believes', 'indicated', 'indicates', 'pointed out', 'points out']);

/** After "claimed": a toll of lives, not something said ("an insurgency that has claimed thousands of lives"). */
export const CLAIMED_LIVES = /^\s+(?:(?:the|more than|over|at least|some|about|nearly|almost|an estimated|[\d,.]+|hundreds|thousands|dozens|tens|scores|millions|of)\s+)*(?:[\w-]+\s+)?(?:lives|victims)\b/i;
/** An adverb right before a cue that is also a noun makes it a verb: "civil society also reports about twenty houses". */
export const ADVERB_BEFORE = /\b(?:also|now|further|still|separately|previously|earlier|later|again|too)\s+$/i;

/** "Officials put the death toll at 40": "put" reports a figure only before a toll. */
export const PUT_THE_TOLL = /^\s+(?:the\s+)?(?:(?:death|casualty|final|overall)\s+)?(?:toll|number|figure|tally|count)\b/i;

/** Cues that promise or exhort: what they cover is not a report of fact, so no figure is theirs. */
export const NON_ASSERTIVE_CUES = new Set(['vowed', 'pledged', 'urged', 'urges', 'cautioned', 'cautions', 'caution']);

/** Cues that report what someone found or counted rather than said: they speak for their own sentence only. */
export const FINDING_CUES = new Set(['found', 'showed', 'shows', 'show', 'documented', 'recorded', 'counted', 'tallied']);
/** "found"/"showed" report speech only after a document ("a UN report found …") or before "that" ("police found that …"). */
export const DOCUMENT_SPEAKER = /\b(?:reports?|study|studies|survey|investigation|review|analysis|inquiry|audit|assessment|figures|data|statistics|census|count|tally|records?|findings|documents?|footage)\b/i;

/** Cues that deny what follows: their speaker is the denier, not the source of the figure. */
export const DENIAL_CUES = new Set(['denied', 'denies', 'deny']);

/** Verbs that may also come after the speaker's quote with the speaker following ("…,” said Nouri). */
export const INVERTING_VERBS = new Set(['said', 'says', 'added', 'told', 'warned', 'stated', 'continued', 'wrote', 'explained', 'noted']);

/** Cues that are also plural nouns ("these claims", "intelligence reports"): taken only before a clause. */
export const NOUN_LIKE_CUES = new Set(['states', 'claims', 'reports', 'notes', 'estimates', 'stress', 'caution', 'warns', 'tells', 'adds', 'continued', 'found', 'showed', 'shows', 'show', 'deny', 'claim']);
export const CLAUSE_AFTER = /^\s*(?:that\b|[“"]|,|(?:they|he|she|it|there|the|a|an|its|his|her|their)\b|[\p{Lu}])/u;
export const NOUN_DETERMINER_BEFORE = /\b(?:these|those|the|his|her|their|its|such|of|and|our|my|your|intelligence|media|news|press)\s+$/i;

/** Case-sensitive on purpose: a capitalised "States" or "Claims" is a name or a headline word, not a cue. */
export const CUE_PATTERN = new RegExp(`\\b(?=[${firstLetters(['According', ...CUE_VERBS])}])(?:[Aa]ccording to|${CUE_VERBS.join('|')})\\b`, 'g');

/** A character class of the words' first letters (both cases): the lookahead lets the regex skip other words fast. */
function firstLetters(words: readonly string[]): string {
  return [...new Set(words.flatMap((w) => [w[0]!.toLowerCase(), w[0]!.toUpperCase()]))].join('');
}

/** Where a speaker phrase before a cue can begin: after a closing quote, a clause word or strong punctuation. */
export const LEFT_BOUNDARY = /(?:[”"]\s*,?|[;:()]|\baccording to\b|\s[—–]\s(?=[^—–]*$)|\b(?:that|as|while|when|because|although|though|whereas|if|since|where|which|who|whom|but)\b)\s*/gi;

/** A full stop after a lower-case word: a sentence end the splitter kept (as inside a quotation), never "Col." or "U.S.". */
export const SENTENCE_STOP = /(?<=\b[a-z]{2,}[.!?]["”’]?)\s/g;

/**
 * When and how a speaker spoke, between the speaker and the cue: "Iraqi security forces on Tuesday
 * announced", "the Asayish, on Friday, announced", "the account in a tweet said". Trimmed off the end
 * of a speaker phrase.
 */
export const TRAILING_CIRCUMSTANCE = /(?:[\s,]+(?:(?:late|early)\s+)?(?:on|in|at|during|last|this|through|via)\s+(?:(?:a|an|the|its|his|her|their)\s+)?(?:(?:brief|short|written|separate|joint|televised|official|recent)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|morning|afternoon|evening|night|week|month|year|weekend|statement|tweet|post|interview|briefing|press conference|news conference|video|message|report|speech|communiqu[eé]|letter|broadcast|television|radio)(?:\s+(?:night|morning|evening|afternoon|\d{1,2}))?|[\s,]+(?:yesterday|today|tonight|earlier|later|late|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|[\s,]+(?:on condition of anonymity|speaking on (?:the )?condition of anonymity))+[\s,]*$/i;

/** Words trimmed off either end of a speaker phrase: conjunctions, auxiliaries and adverbs. */
export const LEADING_FILLER = /^(?:(?:and|but|so|yet|however|also|meanwhile|moreover|instead|now|then|in turn|earlier|later|yesterday|today|on the same day|(?:earlier|later) (?:on )?(?:the same day|that day|in the day|on \w+))\b[\s,]*)+/i;
export const TRAILING_FILLER = /(?:\s+(?:has|have|had|was|were|is|are|also|previously|later|repeatedly|reportedly|recently|further|then|again|once|already|publicly|has also|had also|have also|would|will|could|did|does|do|not|never|always|often|separately|earlier|now|just))+\s*$/i;

/** Roles in apposition start like this ("the Iraqi army spokesman", "a local tribal leader", "commander of …"). */
export const ROLE_START = /^\s*(?:(?:the|a|an|who|former|senior|deputy|head|chief|acting|commander|spokes\w+|member|director|leader|professor|analyst|fellow|expert)\b|[a-z]+\s+(?:of|for|at|to|with)\b)/;
/** A speaker phrase that still holds a verb has run past the subject; what follows its last "and" may be the speaker. */
export const VERB_INSIDE = /\b(?:were|was|is|are|been|will|would|could|can|did|does|able|to)\s/;

/** Pronouns resolved to the previous speaker. */
export const PERSONAL_PRONOUN = /^(?:he|she)$/i;
/** "It said", "they added": resolved to the previous institution or group of sources. */
export const IMPERSONAL_PRONOUN = /^(?:it|they)$/i;
/** Speaker phrases that are not speakers. */
export const NOT_A_SPEAKER = /^(?:(?:in|on|at|from|with|by|for|to|into|after|before|during|when|while)\s|(?:we|i|you|this|that|there|those|these|one|others?|many|some|the|a|an|[\d,.]+|one|two|three|four|five|six|seven|eight|nine|ten|has|have|had|is|are|was|were|been)$|(?:what|which|who|whom|how|whether|reports? (?:that|of))\b)/i;
