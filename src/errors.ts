// One base class and three kinds, after graphology's typology. Callers and
// tests branch on `error.name`; messages name the input and say what to do.

export class NewsgraphError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'NewsgraphError';
  }
}

/** The input (a file, a string, a graph) cannot be used as it is. CLI exit 1. */
export class BadInputError extends NewsgraphError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'BadInputError';
  }
}

/** An entity, file or document that was asked for does not exist. CLI exit 1. */
export class NotFoundError extends NewsgraphError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'NotFoundError';
  }
}

/** The call itself is wrong: unknown command, missing argument, bad option. CLI exit 2. */
export class UsageError extends NewsgraphError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'UsageError';
  }
}
