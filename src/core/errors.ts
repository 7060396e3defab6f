// Errors are named for what the caller should do with them (Crawlee's habit):
// skip the input and go on, fix the command line, or stop.

/** This one input cannot be read as a report; record it as failed and go on with the batch. */
export class SkipInputError extends Error {
  override readonly name = 'SkipInputError';
}

/** The command line or request is wrong; nothing was done. Maps to exit code 2 / HTTP 400. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** The thing asked for does not exist. Maps to HTTP 404. */
export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
}

/** One field of a request or row is wrong: the message names it, and `field` carries it for a JSON error body.
 *  A UsageError, so it maps to exit code 2 / HTTP 400 like any other. */
export class InvalidFieldError extends UsageError {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** The input is larger than the limit set for it; nothing of it was kept. Maps to HTTP 413. */
export class TooLargeError extends Error {
  override readonly name = 'TooLargeError';
}

/** The store's schema is not the one this Sitrep reads: written by a newer Sitrep, or older and opened by a command
 *  that only reads (so it is not upgraded). The message says what to run; nothing was done. Exit code 2. */
export class StoreSchemaError extends Error {
  override readonly name = 'StoreSchemaError';
}

/** The store cannot be used as the command needs: read-only for this user, a full disk, a damaged file. Nothing is
 *  wrong with the command line or the inputs; stop, and say which store and why in one line. Exit code 4. */
export class StoreFailureError extends Error {
  override readonly name = 'StoreFailureError';
}
