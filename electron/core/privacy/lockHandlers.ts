// The privacy area's lock calls: the Temuan lock (its setting in the database, its opening in memory), this PC's
// idle minutes (a per-PC preference behind the platform port), and a new recovery code.
import { renewRecoveryCode, unlockWithPassphrase } from '../crypto/keyFile';
import type { AreaHandlers, CallContext } from '../handlerTypes';
import type { privacyContract } from './contract';
import { findingsLockActive, findingsLockSetting, saveFindingsLockSetting } from './findingsLock';
import { requireKeyFile, writeKeyFile } from './keyStore';
import type { LockState } from './types';

type LockCalls = Pick<typeof privacyContract, 'privacy.lockState' | 'privacy.unlockFindings' | 'privacy.lockFindings' | 'privacy.setFindingsLock' | 'privacy.setIdleMinutes' | 'privacy.renewRecoveryCode'>;

export function lockState(ctx: CallContext, now = Date.now()): LockState {
  const { workspace, platform } = ctx;
  let setting = false;
  try {
    setting = workspace.db().read(findingsLockSetting);
  } catch {
    // no database open: nothing to lock
  }
  const idleMinutes = platform.idleMinutes();
  return {
    protected: workspace.isProtected,
    findingsLock: setting,
    findingsOpen: !findingsLockActive(ctx) || workspace.findingsAccess.isOpenAt(now, idleMinutes * 60_000),
    idleMinutes,
  };
}

export const privacyLockHandlers: AreaHandlers<LockCalls> = {
  'privacy.lockState': (_input, ctx) => lockState(ctx),
  'privacy.unlockFindings': ({ passphrase }, ctx) => {
    unlockWithPassphrase(requireKeyFile(ctx.workspace.options.dbFile), passphrase);
    ctx.workspace.findingsAccess.open(Date.now());
    return lockState(ctx);
  },
  'privacy.lockFindings': (_input, ctx) => {
    ctx.workspace.findingsAccess.close();
    return lockState(ctx);
  },
  'privacy.setFindingsLock': ({ on, passphrase }, ctx) => {
    const keyFile = requireKeyFile(ctx.workspace.options.dbFile);
    if (!on) unlockWithPassphrase(keyFile, passphrase ?? '');
    ctx.workspace.db().write('privacy.setFindingsLock', (tx) => saveFindingsLockSetting(tx, on, new Date().toISOString()));
    ctx.workspace.findingsAccess.close();
    return lockState(ctx);
  },
  'privacy.setIdleMinutes': ({ minutes }, ctx) => {
    ctx.platform.setIdleMinutes(minutes);
    return lockState(ctx);
  },
  'privacy.renewRecoveryCode': ({ passphrase }, { workspace }) => {
    const dbFile = workspace.options.dbFile;
    const keyFile = requireKeyFile(dbFile);
    const renewed = renewRecoveryCode(keyFile, unlockWithPassphrase(keyFile, passphrase));
    // only the key file changes, replaced atomically: the old code works until the rename, the new one after it
    writeKeyFile(dbFile, renewed.keyFile);
    workspace.db().write('privacy.renewRecoveryCode', (tx) => tx.audit('Privacy', null, 'recovery code renewed'));
    return { recoveryCode: renewed.recoveryCode };
  },
};
