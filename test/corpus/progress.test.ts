import { describe, expect, it } from 'vitest';
import { createProgress, formatSeconds, progressLine } from '../../src/corpus/progress.js';
import { summaryLine } from '../../src/corpus/summary.js';

function drive(enabled: boolean) {
  let clock = 0;
  let written = '';
  const progress = createProgress({ total: 10, enabled, write: (t) => void (written += t), now: () => clock, interval: 100 });
  return { progress, advance: (ms: number) => void (clock += ms), written: () => written };
}

describe('progress line', () => {
  it('redraws one line in place, at most once per interval, and always at the end', () => {
    const run = drive(true);
    run.advance(1000);
    run.progress.tick(2);
    run.advance(10);
    run.progress.tick(3);
    run.advance(1000);
    run.progress.tick(10);
    const frames = run.written().split('\r').filter(Boolean);
    expect(frames.map((f) => f.trimEnd())).toEqual([
      'extracting 2/10 articles, 2.0/s, about 4.0 s left',
      'extracting 10/10 articles, 5.0/s, about 0.0 s left',
    ]);
    expect(run.written()).not.toContain('\n');
    run.progress.finish();
    expect(run.written().endsWith(`\r${' '.repeat(frames[1]!.length)}\r`)).toBe(true);
  });

  it('writes nothing when the stream is not a terminal', () => {
    const run = drive(false);
    run.advance(1000);
    run.progress.tick(5);
    run.progress.tick(10);
    run.progress.finish();
    expect(run.written()).toBe('');
  });

  it('leaves the time out until there is a rate', () => {
    expect(progressLine(0, 10, 0)).toBe('extracting 0/10 articles, 0.0/s');
  });

  it('formats times for people', () => {
    expect(formatSeconds(3.25)).toBe('3.3 s');
    expect(formatSeconds(42.4)).toBe('42 s');
    expect(formatSeconds(185)).toBe('3 min 05 s');
  });
});

describe('summary line', () => {
  it('counts what went in and came out, and the time', () => {
    const line = summaryLine({ articles: 946, entities: 6341, relations: 514, cooccurrences: 24237, skipped: 1, seconds: 26, extractionSeconds: 5.5, jobs: 2 });
    expect(line).toBe('newsgraph: 946 articles, 6341 entities, 514 relations, 24237 co-occurrence edges, 1 file skipped, in 26 s (extraction 5.5 s with 2 jobs, 172.0 articles/s)');
  });
});
