// Runs a command in-process with captured output.
import { main } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';

export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

/** `tty`: stderr taken for a terminal, which gets the redrawn progress and status lines. */
export async function runCli(argv: string[], options: { cwd?: string; stdin?: string | Buffer; tty?: boolean } = {}): Promise<Ran> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    stdin: async () => Buffer.from(options.stdin ?? ''),
    cwd: options.cwd ?? process.cwd(),
    ...(options.tty ? { stderrIsTTY: true } : {}),
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}
