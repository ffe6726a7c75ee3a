// What a command may touch of the outside world, so tests can run commands
// in-process with captured output.

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Reads all of standard input as bytes. */
  stdin: () => Promise<Buffer>;
  cwd: string;
  /** Standard error is a terminal: progress lines are drawn only then. Absent means no. */
  stderrIsTTY?: boolean;
}

export type Command = (argv: string[], io: CliIO) => Promise<number>;

export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 1;
export const EXIT_USAGE = 2;

export function processIO(): CliIO {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
    cwd: process.cwd(),
    stderrIsTTY: Boolean(process.stderr.isTTY),
  };
}
