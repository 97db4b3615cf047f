// What needs Electron: paths, the shell. (File dialogs and printing join here as the features that need them
// arrive.) The web harness has a stand-in with the same shape in electron/harness/platform.ts.
import { app, shell } from 'electron';
import type { Platform } from './platformTypes';
import { isExternalLink } from './security';

export const electronPlatform: Platform = {
  userDataDir: () => app.getPath('userData'),
  openExternal: (url) => {
    if (isExternalLink(url)) void shell.openExternal(url);
  },
  showInFolder: (file) => shell.showItemInFolder(file),
};
