/** The privacy area's call names: the passphrase, unlocking, the copies of the data on this PC. No imports. */
export const privacyCalls = ['privacy.status', 'privacy.unlock', 'privacy.verify', 'privacy.setPassphrase', 'privacy.changePassphrase', 'privacy.deleteCopies'] as const;
