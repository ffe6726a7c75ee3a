// Page furniture, as data. Each rule looks at one line (the start of a
// paragraph or a line inside one) and says why that line is not story.
// `endsStory`: once such a line follows the story, everything after it is
// furniture too. Rules without it (ads, newsletter boxes, photo credits)
// often sit in the middle of a story, so they mark only their own paragraph.

export interface BoilerplateRule {
  id: string;
  reason: string;
  pattern: RegExp;
  /** Longer lines are prose that happens to start the same way. */
  maxLength?: number;
  endsStory: boolean;
  /** The first capture names where the article first appeared. */
  setsSource?: boolean;
}

export const BOILERPLATE_RULES: readonly BoilerplateRule[] = [
  { id: 'original-source', reason: 'names where the article first appeared', pattern: /^the original source of this (?:article|story|post) is:?\s+(.+?)\.?$/i, maxLength: 200, endsStory: true, setsSource: true },
  { id: 'originally-published', reason: 'says where the article first appeared', pattern: /^this (?:article|story|post|piece) (?:was |is )?(?:originally |first )(?:published|appeared|posted) (?:on|in|at|by)\s+(.+?)(?:\s+on\s+.*)?\.?$/i, maxLength: 250, endsStory: true, setsSource: true },
  { id: 'copyright', reason: 'copyright notice', pattern: /^(?:copyright\s*(?:©|\(c\)|\d{4})|©|\(c\)\s*\d{4})/i, maxLength: 300, endsStory: true },
  { id: 'all-rights-reserved', reason: 'rights notice', pattern: /\ball rights reserved\b/i, maxLength: 300, endsStory: true },
  { id: 'disclaimer', reason: 'publisher disclaimer', pattern: /^disclaimer\s*:/i, endsStory: true },
  { id: 'fair-use', reason: 'fair-use notice', pattern: /^(?=.*\bfair use\b)(?=.*\bcopyrighted material\b)/is, endsStory: true },
  { id: 'comment-on-social', reason: 'invites comments on a social network', pattern: /^comment on\b.*\b(?:facebook|twitter|instagram|page|forum)\b/i, maxLength: 200, endsStory: true },
  { id: 'comments-section', reason: 'comments section heading', pattern: /^(?:(?:\d+\s+)?comments?(?:\s*\(\d+\))?\s*:?|(?:leave a (?:comment|reply)|join the (?:conversation|discussion)|show comments|view comments)\b.{0,30})$/i, maxLength: 80, endsStory: true },
  { id: 'become-member', reason: 'membership appeal', pattern: /^become a (?:member|patron|supporter|subscriber)\b/i, maxLength: 200, endsStory: true },
  { id: 'support-appeal', reason: 'donation appeal', pattern: /^(?:please\s+)?(?:support|donate to|help fund)\s+(?:us|our|independent)\b/i, maxLength: 250, endsStory: true },
  { id: 'share-this', reason: 'share buttons', pattern: /^(?:share(?: this(?: article| story| post| page)?)?|share on \w+|tweet|email|print|whatsapp|facebook|twitter|linkedin|reddit|telegram|copy link)(?:[\s,|•·]+(?:share|tweet|email|print|whatsapp|facebook|twitter|linkedin|reddit|telegram|pinterest|copy link))*\s*[:!]?$/i, maxLength: 120, endsStory: true },
  { id: 'follow-us', reason: 'social follow prompt', pattern: /^follow (?:us|@\w+|[\w ]{1,40} on (?:twitter|facebook|instagram|x|telegram|youtube))\b/i, maxLength: 150, endsStory: true },
  { id: 'featured-image', reason: 'image credit for the page picture', pattern: /^(?:featured|feature|cover|top|header|lead) (?:image|photo|picture)\b/i, maxLength: 300, endsStory: true },
  { id: 'articles-by', reason: 'list of the author\'s other articles', pattern: /^(?:more )?(?:articles|posts|stories) by\b/i, maxLength: 200, endsStory: true },
  { id: 'about-author', reason: 'author biography box', pattern: /^about the authors?\s*:?$/i, endsStory: true },
  { id: 'media-inquiries', reason: 'press contact', pattern: /^for (?:media|press) (?:inquiries|enquiries|contact)\b/i, maxLength: 200, endsStory: true },
  { id: 'wire-credits', reason: 'wire-service reporting and editing credits', pattern: /^\(?(?:additional )?(?:reporting|writing|editing) by\b.*(?:;|editing by)/i, maxLength: 300, endsStory: true },
  { id: 'more-stories', reason: 'links to other stories', pattern: /^(?:you (?:may|might) also like|recommended(?: for you)?|most (?:read|popular)|trending(?: now)?|more from\b.*|more stories|popular (?:posts|stories))\s*:?$/i, maxLength: 100, endsStory: true },
  { id: 'site-links', reason: 'site navigation links', pattern: /^(?:terms (?:of (?:use|service)|and conditions)|privacy policy|contact us|about us|cookie settings)\b/i, maxLength: 120, endsStory: true },
  { id: 'related-link', reason: 'link to another story', pattern: /^(?:related(?: articles| stories| posts| coverage)?|read more|see also|also read|read also|watch)\s*:/i, maxLength: 250, endsStory: false },
  { id: 'newsletter', reason: 'newsletter or subscription box', pattern: /^(?:sign up|subscribe|get our|join our)\b.*\b(?:newsletter|inbox|email|updates|briefing|free)\b/i, maxLength: 250, endsStory: false },
  { id: 'cookie-notice', reason: 'cookie consent notice', pattern: /\b(?:we use cookies|(?:web)?site uses cookies|use of cookies|accept (?:all )?cookies|cookie policy)\b/i, maxLength: 500, endsStory: false },
  { id: 'advertisement', reason: 'advertisement label', pattern: /^(?:advertisement|advertising|sponsored(?: content)?|ad|promoted)\s*$/i, endsStory: false },
  { id: 'photo-credit', reason: 'picture caption credit', pattern: /^(?:photo|image|picture|video|credit|photograph)(?: credit)?\s*:/i, maxLength: 250, endsStory: false },
];

export function matchBoilerplate(line: string): { rule: BoilerplateRule; match: RegExpExecArray } | undefined {
  const text = line.trim();
  for (const rule of BOILERPLATE_RULES) {
    if (rule.maxLength !== undefined && text.length > rule.maxLength) continue;
    const match = rule.pattern.exec(text);
    if (match) return { rule, match };
  }
  return undefined;
}
