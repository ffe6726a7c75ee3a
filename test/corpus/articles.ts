// Small generated articles for the corpus tests: varied enough that the
// graph has shared entities, relations and co-occurrences across articles.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PEOPLE = ['Ryan Dillon', 'Maria Santos', 'Ahmed Karimi', 'Helen Park', 'Viktor Orlov', 'Grace Mbeki'];
const ORGANISATIONS = ['CNN', 'the United Nations', 'Reuters', 'NATO', 'the World Bank'];
const PLACES = ['Paris', 'Nairobi', 'Berlin', 'Tokyo', 'Riyadh', 'Chicago', 'Lima'];

export function articleText(n: number): string {
  const person = PEOPLE[n % PEOPLE.length]!;
  const other = PEOPLE[(n * 5 + 1) % PEOPLE.length]!;
  const organisation = ORGANISATIONS[n % ORGANISATIONS.length]!;
  const place = PLACES[(n * 3) % PLACES.length]!;
  return (
    `${person} told ${organisation} in ${place} on Monday that the talks had failed.\n\n` +
    `${other}, who works for ${ORGANISATIONS[(n + 2) % ORGANISATIONS.length]}, met ${person} in ${PLACES[(n + 1) % PLACES.length]} a day later.\n`
  );
}

/** Writes `count` articles named article-01.txt … into `folder`. */
export function writeGeneratedArticles(folder: string, count: number): void {
  for (let n = 0; n < count; n++) writeFileSync(join(folder, `article-${String(n + 1).padStart(2, '0')}.txt`), articleText(n));
}
