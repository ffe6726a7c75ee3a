// JSON.parse says what went wrong but not always where, and its message can
// quote a slice of the input (which may be huge or hostile). When parsing
// fails, this scanner walks the text once more, without building values and
// without recursion (deep nesting cannot overflow the stack), and reports the
// first offending offset in words of our own.

export interface JsonSyntaxProblem {
  /** UTF-16 offset of the first character that cannot be valid JSON. */
  offset: number;
  line: number;
  column: number;
  problem: string;
}

type Expect = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'after-value';

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const HEX = /^[0-9a-fA-F]{4}$/;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/**
 * Finds where `text` stops being JSON. Returns null when the text is valid.
 * Runs in one pass over the text.
 */
export function findJsonSyntaxProblem(text: string): JsonSyntaxProblem | null {
  const stack: string[] = [];
  let expect: Expect = 'value';
  let i = 0;

  const fail = (offset: number, problem: string): JsonSyntaxProblem => ({ offset, ...lineAndColumn(text, offset), problem });
  const describe = (offset: number): string =>
    offset >= text.length ? 'unexpected end of input' : `unexpected character ${JSON.stringify(text[offset])}`;

  for (;;) {
    while (i < text.length && WHITESPACE.has(text[i] as string)) i++;
    if (i >= text.length) {
      return expect === 'after-value' && stack.length === 0 ? null : fail(i, 'unexpected end of input');
    }
    const ch = text[i] as string;
    switch (expect) {
      case 'value':
      case 'value-or-close': {
        if (expect === 'value-or-close' && ch === ']') {
          stack.pop();
          i++;
          expect = 'after-value';
          break;
        }
        if (ch === '{') {
          stack.push('}');
          i++;
          expect = 'key-or-close';
        } else if (ch === '[') {
          stack.push(']');
          i++;
          expect = 'value-or-close';
        } else if (ch === '"') {
          const end = scanString(text, i);
          if (typeof end !== 'number') return fail(end.offset, end.problem);
          i = end;
          expect = 'after-value';
        } else if (ch === '-' || (ch >= '0' && ch <= '9')) {
          NUMBER.lastIndex = i;
          const match = NUMBER.exec(text);
          if (!match) return fail(i + 1, 'malformed number');
          i += match[0].length;
          expect = 'after-value';
        } else {
          const literal = ['true', 'false', 'null'].find((word) => text.startsWith(word, i));
          if (!literal) return fail(i, describe(i));
          i += literal.length;
          expect = 'after-value';
        }
        break;
      }
      case 'key':
      case 'key-or-close': {
        if (expect === 'key-or-close' && ch === '}') {
          stack.pop();
          i++;
          expect = 'after-value';
          break;
        }
        if (ch !== '"') return fail(i, `expected a double-quoted property name, found ${JSON.stringify(ch)}`);
        const end = scanString(text, i);
        if (typeof end !== 'number') return fail(end.offset, end.problem);
        i = end;
        expect = 'colon';
        break;
      }
      case 'colon':
        if (ch !== ':') return fail(i, `expected ":" after a property name, found ${JSON.stringify(ch)}`);
        i++;
        expect = 'value';
        break;
      case 'after-value': {
        const close = stack[stack.length - 1];
        if (close === undefined) return fail(i, `${describe(i)} after the end of the JSON value`);
        if (ch === ',') {
          i++;
          expect = close === '}' ? 'key' : 'value';
        } else if (ch === close) {
          stack.pop();
          i++;
        } else {
          return fail(i, `expected "," or "${close}", found ${JSON.stringify(ch)}`);
        }
        break;
      }
    }
  }
}

/** Returns the offset just past the closing quote, or where the string breaks. */
function scanString(text: string, start: number): number | { offset: number; problem: string } {
  let i = start + 1;
  while (i < text.length) {
    const ch = text[i] as string;
    if (ch === '"') return i + 1;
    if (ch === '\\') {
      const next = text[i + 1];
      if (next === 'u') {
        if (!HEX.test(text.slice(i + 2, i + 6))) return { offset: i, problem: 'malformed \\u escape in a string' };
        i += 6;
      } else if (next !== undefined && ESCAPES.has(next)) {
        i += 2;
      } else {
        return { offset: i, problem: 'invalid escape in a string' };
      }
    } else if (ch < ' ') {
      return { offset: i, problem: 'control character inside a string' };
    } else {
      i++;
    }
  }
  return { offset: text.length, problem: 'unterminated string' };
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
