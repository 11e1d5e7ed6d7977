// Expected domain errors: their messages are written for the user and may be shown.
// Anything else is unexpected and reaches the user only as a generic message.
export class DomainError extends Error {
  readonly expected = true;
}

export class NotAllowed extends DomainError {
  constructor(message = "You are not allowed to do that.") {
    super(message);
  }
}

export class NotFound extends DomainError {
  constructor(message = "Not found.") {
    super(message);
  }
}

export class Conflict extends DomainError {}

export class InvalidTransition extends DomainError {}

export class InvalidInput extends DomainError {
  constructor(message: string, readonly fieldErrors: Record<string, string[]> = {}) {
    super(message);
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
