// The command line writes its technical details to the app's own log (<userData>/log/satgas.log, as Electron
// does), or to SATGAS_LOG_DIR when set (scripts, tests). Opened on the first line written.
import os from 'node:os';
import type { AppLog } from '../core/app/appLog';
import { logDirOf, openAppLog } from '../core/app/appLog';
import { appUserDataDir } from '../core/db/paths';

export const LOG_DIR_ENV = 'SATGAS_LOG_DIR';

let log: AppLog | null = null;

export function cliLog(): AppLog {
  log ??= openAppLog(process.env[LOG_DIR_ENV] ?? logDirOf(appUserDataDir({ platform: process.platform, env: process.env, home: os.homedir() })));
  return log;
}
