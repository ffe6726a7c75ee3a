// Domain features: when a recogniser learns from two corpora that mark names
// differently (CoNLL-2003 leaves dates and amounts untagged; CoNLL04 tags them
// "Other"), every token of a document from the target corpus also gets
// copies of its word and shape features joined with the corpus name. The
// shared copies learn what both corpora agree on, the joined ones where the
// target departs ("frustratingly easy" domain adaptation, restricted to the
// features that decide such conventions). The model tags as the target.
import type { DocumentFeatures } from './document-features.js';
import { infoAt, TEMPLATE, type SentenceContext } from './features.js';
import { hashString, mix, mix3 } from './hash.js';

export function addDomainFeatures(sentences: readonly SentenceContext[], domain: string, out: DocumentFeatures): void {
  const d = hashString(domain);
  sentences.forEach((sentence, s) => {
    const target = out[s];
    if (!target) return;
    sentence.infos.forEach((info, i) => {
      const list = target[i] ?? (target[i] = []);
      const previous = infoAt(sentence.infos, i - 1);
      const next = infoAt(sentence.infos, i + 1);
      list.push(mix3(TEMPLATE.domainWord, d, info.lowerHash));
      list.push(mix3(TEMPLATE.domainShape, d, info.shortShapeHash));
      list.push(mix3(TEMPLATE.domainShapeTrigram, d, mix3(previous.shortShapeHash, info.shortShapeHash, next.shortShapeHash)));
      list.push(mix3(TEMPLATE.domainPrevious, d, previous.lowerHash));
      list.push(mix3(TEMPLATE.domainNext, d, next.lowerHash));
      list.push(mix(TEMPLATE.domainBias, d));
    });
  });
}
