// Every word a user sees, in Indonesian: one file per area of the app, combined here. Environment-free data,
// imported by the core (error messages, document text) and by the renderer (screen text). A new area adds its
// own file and one line in each object below. Code and comments stay in English.
import { appErrors, appUi } from './app';
import { backupErrors, backupUi } from './backup';
import { attendanceErrors, attendanceUi } from './attendance';
import { documentsErrors, documentsUi } from './documents';
import { electionsErrors, electionsUi } from './elections';
import { evidenceErrors, evidenceUi } from './evidence';
import { filesErrors, filesUi } from './files';
import { homeUi } from './home';
import { pledgesErrors, pledgesUi } from './pledges';
import { findingsErrors, findingsUi } from './findings';
import { privacyErrors, privacyUi } from './privacy';
import { profileErrors, profileUi } from './profile';
import { recapErrors, recapUi } from './recap';
import { sessionsErrors, sessionsUi } from './sessions';
import { staffErrors, staffUi } from './staff';
import type { Placeholders, ValuesArg } from './template';
import { fillLoose } from './template';

export { fillLoose, fillTemplate } from './template';
export type { Placeholders, TemplateValue, ValuesArg, ValuesFor } from './template';

/** Error messages: each says what happened and what to do. */
export const errors = { ...appErrors, ...filesErrors, ...profileErrors, ...staffErrors, ...electionsErrors, ...sessionsErrors, ...documentsErrors, ...evidenceErrors, ...privacyErrors, ...backupErrors, ...attendanceErrors, ...pledgesErrors, ...findingsErrors, ...recapErrors } as const;

export type ErrorCode = keyof typeof errors;

/** The codes whose message needs no details. */
export type PlainErrorCode = { [C in ErrorCode]: [Placeholders<(typeof errors)[C]>] extends [never] ? C : never }[ErrorCode];

/** The details an error code's message needs (its placeholders), checked at compile time. */
export type DetailsArg<C extends ErrorCode> = ValuesArg<(typeof errors)[C]>;

export function errorMessage<C extends ErrorCode>(code: C, ...details: DetailsArg<C>): string {
  return fillLoose(errors[code], details[0]);
}

/** Screen, document and command-line text. */
export const ui = { ...appUi, ...filesUi, ...profileUi, ...staffUi, ...electionsUi, ...sessionsUi, ...documentsUi, ...evidenceUi, ...privacyUi, ...backupUi, ...attendanceUi, ...pledgesUi, ...homeUi, ...findingsUi, ...recapUi } as const;
