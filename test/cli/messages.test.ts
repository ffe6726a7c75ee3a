import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './cli.js';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

// Error messages quote what the user gave and what files hold; none of it may
// drive the terminal (an escape sequence can clear it or rewrite what it shows).
describe('error messages', () => {
  it('carry no control characters from an unknown command', async () => {
    const ran = await runCli(['bad\u001b[2Jcommand']);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toContain('unknown command "bad[2Jcommand"');
    expect(ran.stderr).not.toMatch(CONTROL);
  });

  it('carry no control characters from a file name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-messages-'));
    made.push(dir);
    const path = join(dir, 'empty\u001b]0;title\u0007.txt');
    writeFileSync(path, '');
    const ran = await runCli(['build', path, '--out', join(dir, 'out')]);
    expect(ran.code).toBe(1);
    expect(ran.stderr).toMatch(/empty\]0;title\.txt: is empty/);
    expect(ran.stderr).not.toMatch(CONTROL);
  });
});
