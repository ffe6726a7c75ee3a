// A worker thread's failure raised again on the thread that started it. A
// failure the user can act on (a model file that cannot be read, a file that
// cannot be written) keeps its kind and message, so the command exits as it
// would have on one thread, with the message and no stack; anything else is
// an internal error, said to come from the worker.
import { BadInputError, NewsgraphError, NotFoundError, UsageError } from '../errors.js';

const KNOWN_ERRORS: Readonly<Record<string, new (message: string) => Error>> = { NewsgraphError, BadInputError, NotFoundError, UsageError };

export interface WorkerFailure {
  /** The error's name as it crossed the thread (structured clone keeps name, message and code). */
  name?: string;
  message: string;
  code?: string;
}

export function fromWorker(failure: WorkerFailure, worker: string): Error {
  const Kind = failure.name === undefined ? undefined : KNOWN_ERRORS[failure.name];
  const error = Kind ? new Kind(failure.message) : new Error(`${worker} failed: ${failure.message}`, { cause: failure });
  if (typeof failure.code === 'string') Object.assign(error, { code: failure.code });
  return error;
}
