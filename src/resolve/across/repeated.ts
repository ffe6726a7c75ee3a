// resolveAcross for a corpus resolved again and again as articles come and
// go (`newsgraph watch`), with the same result. A key's profile depends only
// on the articles that name it, so only the keys of articles that came, went
// or changed get a new one; name forms are kept between runs. Scoring the
// candidate pairs still reads every profile (a shared neighbour weighs by how
// many articles name it, which one article changes for many pairs), but that
// is the quick part.
import type { Extraction } from '../../types.js';
import { formsCache } from './forms.js';
import { resolveAcross, resolveProfiles } from './index.js';
import { profileFrom } from './profile.js';
import type { AcrossOptions, AcrossResult, KeyProfile } from './types.js';

export class RepeatedResolution {
  private readonly forms = formsCache();
  private readonly articles = new Map<string, Extraction>();
  private readonly keyArticles = new Map<string, Set<string>>();
  private readonly profiles = new Map<string, KeyProfile>();

  resolve(extractions: readonly Extraction[], options: AcrossOptions = {}): AcrossResult {
    const byId = new Map(extractions.map((e) => [e.doc.id, e]));
    if (byId.size !== extractions.length) {
      // Two articles under one id: profileKeys's order between them is the caller's; start afresh each time.
      this.articles.clear();
      this.keyArticles.clear();
      this.profiles.clear();
      return resolveAcross(extractions, options);
    }
    const touched = new Set<string>();
    for (const [id, held] of this.articles) {
      const now = byId.get(id);
      if (now === held) continue;
      for (const entity of held.entities) {
        touched.add(entity.key);
        this.keyArticles.get(entity.key)?.delete(id);
      }
      this.articles.delete(id);
    }
    for (const extraction of extractions) {
      const id = extraction.doc.id;
      if (this.articles.get(id) === extraction) continue;
      this.articles.set(id, extraction);
      for (const entity of extraction.entities) {
        touched.add(entity.key);
        const ids = this.keyArticles.get(entity.key);
        if (ids) ids.add(id);
        else this.keyArticles.set(entity.key, new Set([id]));
      }
    }
    for (const key of touched) {
      const ids = this.keyArticles.get(key);
      if (ids === undefined || ids.size === 0) {
        this.keyArticles.delete(key);
        this.profiles.delete(key);
        continue;
      }
      const articles = [...ids].sort(compareText).map((id) => this.articles.get(id)!);
      this.profiles.set(key, profileFrom(key, articles, this.forms));
    }
    // profileKeys's order: by key.
    const ordered = new Map([...this.profiles.keys()].sort(compareText).map((key) => [key, this.profiles.get(key)!]));
    return resolveProfiles(ordered, options);
  }
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
