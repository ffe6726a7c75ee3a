// The pipeline's view: NER spans over segmented sentences as Mentions with
// character offsets. ORG spans that a group rule matches become `group`;
// MISC spans are dropped (they never become entities of our types).
import type { Mention, Sentence } from '../types.js';
import { groupRuleFor } from './group-rules.js';
import type { NerModel } from './model.js';
import { recognise } from './recognise.js';

export const NER_METHOD = 'model:ner';

/**
 * Mentions found by the model in one document. Pass ALL sentences of the
 * document (every zone): the second pass uses what the first found elsewhere.
 * `text` is Doc.text, which the token offsets index.
 */
export function nerMentions(model: NerModel, text: string, sentences: readonly Sentence[]): Mention[] {
  const tokens = sentences.map((s) => s.tokens.map((t) => t.text));
  const mentions: Mention[] = [];
  for (const span of recognise(model, tokens)) {
    const sentence = sentences[span.sentence];
    const first = sentence?.tokens[span.start];
    const last = sentence?.tokens[span.end - 1];
    if (!sentence || !first || !last || span.type === undefined) continue;
    let type = span.type;
    let method = NER_METHOD;
    if (type === 'organisation') {
      const rule = groupRuleFor(tokens[span.sentence]?.slice(span.start, span.end) ?? []);
      if (rule) {
        type = 'group';
        method = `${NER_METHOD}+${rule.id}`;
      }
    }
    mentions.push({
      start: first.start,
      end: last.end,
      text: text.slice(first.start, last.end),
      type,
      sentence: sentence.index,
      score: span.score,
      method,
      form: 'name',
    });
  }
  return mentions;
}
