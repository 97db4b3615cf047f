// Errors a user can cause come back as a UserError: a stable code for code and tests, an Indonesian message
// (from electron/shared/messages.ts) that says what happened and what to do. Anything else is a programming
// error: logged in full, shown to the user only as a generic message.
import type { ErrorCode } from '../shared/messages';
import { errorMessage } from '../shared/messages';

export class UserError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, string | number> | undefined;

  constructor(code: ErrorCode, details?: Record<string, string | number>) {
    super(errorMessage(code, details));
    this.name = 'UserError';
    this.code = code;
    this.details = details;
  }
}

export function isUserError(e: unknown): e is UserError {
  return e instanceof UserError;
}
