import { describe, expect, it } from 'vitest';
import { markdownToText } from '../../src/ingest/markdown.js';
import { tidyText } from '../../src/ingest/normalise.js';

/** The converter's text as a Doc holds it (blank-line runs and edges tidied). */
function plain(source: string): string {
  return tidyText(markdownToText(source).text);
}

describe('markdownToText', () => {
  it.each([
    ['link', 'By [Marko Marjanović](#)', 'By Marko Marjanović'],
    ['link with a title', 'See [the report](https://x.example/a "A report") now.', 'See the report now.'],
    ['link with parentheses in the target', 'Read [this](https://x.example/a_(b)) today.', 'Read this today.'],
    ['link wrapped over two lines', 'Theme: [Media\nDisinformation](#), [War](#)', 'Theme: Media\nDisinformation, War'],
    ['emphasis inside a link', '[**Bold** claim](#) made.', 'Bold claim made.'],
    ['reference link', 'Per [the filing][1].\n\n[1]: https://x.example/f', 'Per the filing.'],
    ['collapsed reference link', 'Per [the filing][].\n\n[the filing]: https://x.example/f', 'Per the filing.'],
    ['shortcut reference link', 'Per [the filing].\n\n[The Filing]: https://x.example/f', 'Per the filing.'],
    ['brackets that are not links', 'He said [sic] it was fine.', 'He said [sic] it was fine.'],
    ['image dropped', 'Before ![a tank](tank.jpg) after.', 'Before  after.'],
    ['linked image dropped', '[![logo](l.png)](https://x.example) Text.', 'Text.'],
    ['footnote reference dropped', 'A claim.[^1]', 'A claim.'],
    ['strong and emphasis', '**Syria** and *Iraq* and __Iran__ and _Turkey_.', 'Syria and Iraq and Iran and Turkey.'],
    ['nested emphasis', '***very*** important', 'very important'],
    ['strikethrough', 'It was ~~wrong~~ right.', 'It was wrong right.'],
    ['snake_case kept', 'The file_name_here stays.', 'The file_name_here stays.'],
    ['lone asterisks kept', '5 * 3 = 15 and a*b', '5 * 3 = 15 and a*b'],
    ['unclosed emphasis kept', 'A *dangling marker.', 'A *dangling marker.'],
    ['escapes', 'Not \\*emphasis\\* and \\[not a link\\](x).', 'Not *emphasis* and [not a link](x).'],
    ['code span', 'Run `npm test` now.', 'Run npm test now.'],
    ['autolink', 'Visit <https://x.example/a>.', 'Visit https://x.example/a.'],
    ['inline tags', 'A <b>bold</b> and <em>em</em> word.<br>Next.', 'A bold and em word.\nNext.'],
    ['headings', '# Title #\nText\n### Section', 'Title\n\nText\n\nSection'],
    ['setext heading', 'Title\n=====\nText.', 'Title\n\nText.'],
    ['blockquote', '> Quoted words.\n> More.', 'Quoted words.\nMore.'],
    ['bullets', '- one\n* two\n+ three', 'one\ntwo\nthree'],
    ['numbered list kept', '1. first\n2. second', '1. first\n2. second'],
    ['thematic break', 'A.\n\n---\n\nB.', 'A.\n\nB.'],
    ['code fence kept verbatim', '```js\nconst a = [x](y);\n```', 'const a = [x](y);'],
    ['table rule dropped', '| a | b |\n|---|---|\n| 1 | 2 |', '| a | b |\n\n| 1 | 2 |'],
    ['html comment dropped', 'A.\n<!-- hidden -->\nB.', 'A.\n\nB.'],
  ])('%s', (_, source, text) => {
    expect(plain(source)).toBe(text);
  });

  it('reports the first top-level heading', () => {
    expect(markdownToText('## Sub\n\n# The *Real* Title\n\n# Second').heading).toBe('The Real Title');
    expect(markdownToText('No heading here.').heading).toBeUndefined();
  });

  it('reads front matter into metadata and drops it from the text', () => {
    const result = markdownToText([
      '---',
      'title: "Flood Warning Lifted"',
      'author: Sam Lee',
      'date: 2020-02-29',
      'tags: [weather, floods]',
      'categories:',
      '  - local',
      'layout: post',
      '---',
      'The warning was lifted.',
    ].join('\n'));
    expect(result.text).toBe('The warning was lifted.');
    expect(result.meta).toEqual({ title: 'Flood Warning Lifted', author: 'Sam Lee', date: '2020-02-29', tags: ['weather', 'floods', 'local'] });
  });

  it('leaves a "---" that closes nothing as a rule', () => {
    expect(plain('---\nNo front matter here.')).toBe('No front matter here.');
  });
});

describe('markdownToText on hostile input', () => {
  it.each([
    ['unclosed brackets', 'a[b '],
    ['unclosed backticks', 'a`b '],
    ['unpaired emphasis', '*a _b '],
    ['deep nesting', '[[[[[[[[[[('],
  ])('stays linear on 2 MB of %s', (_, unit) => {
    const source = unit.repeat(Math.floor((2 * 1024 * 1024) / unit.length));
    const started = performance.now();
    const text = markdownToText(source).text;
    expect(performance.now() - started).toBeLessThan(8000);
    expect(text.length).toBeGreaterThan(source.length / 2);
  });
});
