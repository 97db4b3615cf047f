import { defineCalls, mutation, query } from '../calls';
import type { AppStatus } from '../app/types';
import { privacyCalls } from './calls';
import { changePassphraseInput, deleteCopiesInput, recoverySheetInput, setPassphraseInput, unlockInput, verifyInput } from './schema';
import { renewRecoveryCodeInput, setFindingsLockInput, setIdleMinutesInput } from './schema';
import type { SaveResult } from '../files/types';
import { none } from '../app/contract';
import type { LockState, PrivacyStatus } from './types';

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
  /** the recovery sheet as PDF, where the user chooses (only for the code that opens this data) */
  'privacy.recoverySheet': query<SaveResult>()(recoverySheetInput),
  /** the lock's settings and whether Temuan is open in this run (the shell and the Temuan screen ask it) */
  'privacy.lockState': query<LockState>()(none),
  /** opens Temuan in this running app with the passphrase (never stored) */
  'privacy.unlockFindings': query<LockState>()(verifyInput),
  /** locks Temuan again: the user left it, or the screen was locked */
  'privacy.lockFindings': query<LockState>()(none),
  'privacy.setFindingsLock': mutation<LockState>()(setFindingsLockInput),
  /** a per-PC preference (not in the database): a query, as the data does not change */
  'privacy.setIdleMinutes': query<LockState>()(setIdleMinutesInput),
  /** a new recovery code (the old one stops working), returned once, for a new recovery sheet */
  'privacy.renewRecoveryCode': mutation<{ recoveryCode: string }>()(renewRecoveryCodeInput),
});
