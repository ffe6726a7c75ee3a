// A short name two places share ("Congo") takes the sense the article gives
// it: the place it names in full, when it names only one of them, or the
// place the name meant when the article was written. Otherwise the usual
// news sense stays (src/mentions/lexicon/place-aliases.ts).
import type { Decision, Mention } from '../types.js';
import { SHARED_SHORT_NAMES, type SharedShortName } from './lexicon/place-aliases.js';

export function settleSharedShortNames(mentions: readonly Mention[], date: string | undefined): { mentions: Mention[]; decisions: Decision[] } {
  let settled = [...mentions];
  const decisions: Decision[] = [];
  for (const rule of SHARED_SHORT_NAMES) {
    if (!settled.some((mention) => isShortForm(mention, rule))) continue;
    const meant = placeMeant(settled, rule, date);
    if (meant === undefined) continue;
    settled = settled.map((mention) => {
      if (!isShortForm(mention, rule) || mention.refersTo === meant.place) return mention;
      decisions.push({ stage: 'mentions', rule: 'shared-short-name', message: `"${mention.text}" → ${meant.place}: ${meant.reason}` });
      return { ...mention, refersTo: meant.place };
    });
  }
  return { mentions: settled, decisions };
}

function isShortForm(mention: Mention, rule: SharedShortName): boolean {
  return mention.type === 'place' && rule.forms.includes(mention.text);
}

/**
 * The one place of the rule's that the article names other than by the
 * shared forms; else the place the short name meant when the article was
 * written (its date, or a former name it uses); else undefined.
 */
function placeMeant(mentions: readonly Mention[], rule: SharedShortName, date: string | undefined): { place: string; reason: string } | undefined {
  const named = new Set<string>();
  for (const mention of mentions) {
    if (mention.refersTo === undefined || isShortForm(mention, rule) || rule.before?.formerly.includes(mention.text)) continue;
    if (rule.places.includes(mention.refersTo)) named.add(mention.refersTo);
  }
  if (named.size === 1) return { place: [...named][0]!, reason: rule.reason };
  if (named.size > 1 || rule.before === undefined) return undefined;
  const { before } = rule;
  const earlier = (date !== undefined && date < before.date) || mentions.some((mention) => before.formerly.includes(mention.text));
  return earlier ? { place: before.then, reason: before.reason } : undefined;
}
