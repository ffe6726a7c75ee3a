import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './cli.js';

const temp = () => mkdtempSync(join(tmpdir(), 'newsgraph-date-'));

/** A folder with one article that states its date and one that does not. */
function articles(): string {
  const folder = temp();
  writeFileSync(join(folder, 'dated.txt'), 'Talks fail\n\nAugust 9, 2017\n\nRyan Dillon told CNN that the talks failed.\n');
  writeFileSync(join(folder, 'undated.txt'), 'Ryan Dillon told CNN that the talks went on.\n');
  return folder;
}

interface GraphJson {
  attributes: { docs: Array<{ id: string; date: string | null }> };
  nodes: Array<{ key: string; attributes: { firstSeen?: string; lastSeen?: string } }>;
}

describe('newsgraph build --date', () => {
  it("dates the articles whose metadata has no date, and only those", async () => {
    const out = temp();
    const ran = await runCli(['build', articles(), '--out', out, '--format', 'json,gexf', '--date', '2020-01-31', '--jobs', '1']);
    expect(ran.code, ran.stderr).toBe(0);
    const graph = JSON.parse(readFileSync(join(out, 'graph.json'), 'utf8')) as GraphJson;
    expect(graph.attributes.docs.map((d) => [d.id, d.date])).toEqual([['dated', '2017-08-09'], ['undated', '2020-01-31']]);
    expect(graph.nodes.find((n) => n.key === 'person:ryan-dillon')?.attributes).toMatchObject({ firstSeen: '2017-08-09', lastSeen: '2020-01-31' });
    expect(readFileSync(join(out, 'graph.gexf'), 'utf8')).toContain('mode="dynamic" timeformat="date"');
  });

  it('without --date leaves the undated article undated', async () => {
    const out = temp();
    const ran = await runCli(['build', articles(), '--out', out, '--format', 'json', '--jobs', '1']);
    expect(ran.code, ran.stderr).toBe(0);
    const graph = JSON.parse(readFileSync(join(out, 'graph.json'), 'utf8')) as GraphJson;
    expect(graph.attributes.docs.find((d) => d.id === 'undated')?.date).toBeNull();
    expect(graph.nodes.find((n) => n.key === 'person:ryan-dillon')?.attributes).toMatchObject({ firstSeen: '2017-08-09', lastSeen: '2017-08-09' });
  });

  it('refuses a date that is not YYYY-MM-DD or not a real day, naming the flag and the value (exit 2)', async () => {
    for (const bad of ['2017-02-30', '9 August 2017']) {
      const ran = await runCli(['build', articles(), '--out', temp(), '--date', bad]);
      expect(ran.code, bad).toBe(2);
      expect(ran.stderr).toContain(`--date "${bad}" is not a date`);
    }
  });
});
