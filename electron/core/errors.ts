// Errors a user can cause come back as a UserError: a stable code for code and tests, an Indonesian message
// (from electron/shared/messages.ts) that says what happened and what to do. Anything else is a programming
// error: logged in full, shown to the user only as a generic message.
import type { ApiError } from './contract';
import type { DetailsArg, ErrorCode, TemplateValue } from '../shared/messages';
import { errorMessage } from '../shared/messages';

export class UserError<C extends ErrorCode = ErrorCode> extends Error {
  readonly code: C;
  readonly details: Record<string, TemplateValue | undefined> | undefined;

  /** The message's placeholders must all be given (a compile error otherwise); `field` may be added. */
  constructor(code: C, ...details: DetailsArg<C>) {
    super(errorMessage(code, ...details));
    this.name = 'UserError';
    this.code = code;
    this.details = details[0];
  }
}

export function isUserError(e: unknown): e is UserError {
  return e instanceof UserError;
}

/** What the renderer sees of a thrown error: a user error as it is (with its field), anything else logged and
 * replaced by the generic message. Used by the dispatcher and by background jobs alike. */
export function toApiError(e: unknown, log: (e: unknown) => void): ApiError {
  if (isUserError(e)) {
    const field = e.details?.field;
    return { code: e.code, message: e.message, ...(field ? { field: String(field) } : {}) };
  }
  log(e);
  return { code: 'internal', message: errorMessage('internal') };
}
