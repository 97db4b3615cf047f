// The platform stand-in for the web harness: a data folder instead of Electron's user-data folder; links and
// "show in folder" are only logged (the browser tab is the window).
import type { Platform } from '../platformTypes';

export function harnessPlatform(dataDir: string, log: (line: string) => void = () => {}): Platform {
  return {
    userDataDir: () => dataDir,
    openExternal: (url) => log(`openExternal ${url}`),
    showInFolder: (file) => log(`showInFolder ${file}`),
  };
}
