import { defineCalls, mutation, query } from '../calls';
import type { AppStatus } from '../app/types';
import { privacyCalls } from './calls';
import { changePassphraseInput, deleteCopiesInput, setPassphraseInput, unlockInput, verifyInput } from './schema';
import { none } from '../app/contract';
import type { PrivacyStatus } from './types';

export const privacyContract = defineCalls(privacyCalls, {
  'privacy.status': query<PrivacyStatus>()(none),
  /** opens protected data (the database is not open before): a query, as nothing in the data changes by it */
  'privacy.unlock': query<AppStatus>()(unlockInput),
  /** the lock screen: is this the passphrase? (the data stays open meanwhile) */
  'privacy.verify': query<{ ok: true }>()(verifyInput),
  /** returns the recovery code once, for the recovery sheet */
  'privacy.setPassphrase': mutation<{ recoveryCode: string }>()(setPassphraseInput),
  'privacy.changePassphrase': mutation<{ changed: true }>()(changePassphraseInput),
  'privacy.deleteCopies': mutation<{ deleted: number }>()(deleteCopiesInput),
});
