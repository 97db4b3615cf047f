import { changePassphrase, unlockWithPassphrase, unlockWithRecoveryCode } from '../crypto/keyFile';
import { UserError } from '../errors';
import type { AreaHandlers } from '../handlerTypes';
import type { privacyContract } from './contract';
import { deleteCopies, listCopies } from './copies';
import { requireKeyFile, writeKeyFile } from './keyStore';
import { recoverySheetPdf } from './recoverySheet';
import { saveChosenFile } from '../files/io';
import { localToday } from '../elections/dates';
import { ui } from '../../shared/messages';
import { lockState, privacyLockHandlers } from './lockHandlers';

function sameTwice(a: string, b: string): void {
  if (a !== b) throw new UserError('passphrase-mismatch', { field: 'confirm' });
}

export const privacyHandlers: AreaHandlers<typeof privacyContract> = {
  'privacy.status': (_input, ctx) => ({
    protected: ctx.workspace.isProtected,
    unlocked: ctx.workspace.isUnlocked,
    copies: listCopies(ctx.workspace.options.dbFile),
    lock: lockState(ctx),
  }),
  'privacy.unlock': (secret, { workspace }) => workspace.unlock(secret),
  'privacy.verify': ({ passphrase }, { workspace }) => {
    unlockWithPassphrase(requireKeyFile(workspace.options.dbFile), passphrase);
    return { ok: true };
  },
  'privacy.setPassphrase': ({ passphrase, confirm }, { workspace }) => {
    sameTwice(passphrase, confirm);
    const made = workspace.setPassphrase(passphrase);
    workspace.db().write('privacy.setPassphrase', (tx) => tx.audit('Privacy', null, 'passphrase set'));
    return made;
  },
  'privacy.changePassphrase': ({ current, next, confirm }, { workspace }) => {
    sameTwice(next, confirm);
    const dbFile = workspace.options.dbFile;
    const keyFile = requireKeyFile(dbFile);
    const key = 'passphrase' in current ? unlockWithPassphrase(keyFile, current.passphrase) : unlockWithRecoveryCode(keyFile, current.recoveryCode);
    // the key file is the only thing that changes: replaced atomically, old passphrase or new, never neither
    writeKeyFile(dbFile, changePassphrase(keyFile, key, next));
    workspace.db().write('privacy.changePassphrase', (tx) => tx.audit('Privacy', null, 'passphrase changed'));
    return { changed: true };
  },
  'privacy.recoverySheet': async ({ recoveryCode }, ctx) => {
    const keyFile = requireKeyFile(ctx.workspace.options.dbFile);
    const pdf = await ctx.workspace.db().read((q) => recoverySheetPdf(q, keyFile, recoveryCode, ctx.platform.paperSize(), localToday()));
    return saveChosenFile(ctx, { kind: 'pdf', suggestedName: ui.privacy.sheet.fileName }, pdf);
  },
  'privacy.deleteCopies': ({ files }, { workspace }) => {
    const deleted = deleteCopies(workspace.options.dbFile, files);
    workspace.db().write('privacy.deleteCopies', (tx) => tx.audit('Privacy', null, `copies deleted: ${deleted}`));
    return { deleted };
  },
  ...privacyLockHandlers,
};
