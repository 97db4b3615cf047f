// Electron main: app lifecycle, one secure window, the menu; wires the protocol, the dispatcher and the core.
// Everything it wires lives in electron/host (plain Node, tested) and electron/core; this file stays thin.
import path from 'node:path';
import { BrowserWindow, Menu, app, dialog, ipcMain, protocol, screen, session as electronSession } from 'electron';
import type { AppLog } from '../core/app/appLog';
import { logDirOf, openAppLog } from '../core/app/appLog';
import { Workspace } from '../core/app/workspace';
import { createCallContext } from '../core/context';
import { APP_DIR_NAME, defaultDatabasePath } from '../core/db/paths';
import { dataRootAtStart } from '../core/backup/localData';
import { setSqlWasmPath } from '../core/db/sqlite';
import { clearAllPreviews } from '../core/documents/preview';
import { handlers } from '../core/handlers';
import { createDispatcher } from '../host/dispatcher';
import { registerIpc } from '../host/ipc';
import { menuTemplate } from '../host/menu';
import { appProtocolHandler } from '../host/protocol';
import { APP_ORIGIN, hardenWebContents, makeSenderCheck } from '../host/security';
import { startupFailure } from '../host/startupError';
import { clampToDisplays } from '../host/windowBounds';
import { createMainWindow } from '../host/windowOptions';
import { OpenedFiles } from '../core/files/openedFiles';
import { electronPlatform } from './platform';
import { openPreferences } from './prefs';

protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

// Indonesian for what Chromium draws itself (date pickers show dd/mm/yyyy, spelling, default dialogs).
app.commandLine.appendSwitch('lang', 'id');

// One user-data folder name on every OS, the one the `satgas` command line looks in.
app.setPath('userData', path.join(app.getPath('appData'), APP_DIR_NAME));

const windows = new Set<number>();
let openedLog: AppLog | undefined;

/** <userData>/log/satgas.log, each line also on the terminal (a developer's `npm start`). */
function appLog(): AppLog {
  openedLog ??= openAppLog(logDirOf(app.getPath('userData')), { echo: (line) => console.error(line) });
  return openedLog;
}
let mainWindow: BrowserWindow | undefined;

async function start(): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  await app.whenReady();
  const prefs = openPreferences();
  const here = __dirname;
  setSqlWasmPath(path.join(here, 'sql-wasm.wasm'));
  // a double-clicked .satgasbak: its path is in the arguments (Windows); the screen asks for it (app.openedFile)
  const opened = new OpenedFiles();
  opened.offer(process.argv.slice(1));
  app.on('open-file', (event, file) => {
    event.preventDefault();
    opened.offer([file]);
  });
  const platform = electronPlatform(prefs, () => mainWindow, opened);
  const log = appLog();
  clearAllPreviews({ platform });

  const workspace = new Workspace({
    dbFile: prefs.get('databasePath') ?? defaultDatabasePath(dataRootAtStart(platform.userDataDir(), { platform: process.platform, env: process.env, home: app.getPath('home') }, new Date(), log.line)),
    appVersion: app.getVersion(),
    log: log.line,
  });
  await workspace.open();

  const ses = electronSession.defaultSession;
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  protocol.handle('app', appProtocolHandler(path.join(here, '..', 'dist-renderer')));
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, platform.openExternal, { log: log.line }));

  const dispatch = createDispatcher(handlers, createCallContext(workspace, platform, (e) => log.error(e, 'job')), log.error);
  registerIpc(ipcMain, dispatch, makeSenderCheck((id) => windows.has(id)));
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate()));

  const bounds = clampToDisplays(prefs.get('windowBounds'), screen.getAllDisplays().map((d) => d.workArea));
  const win = createMainWindow(BrowserWindow, path.join(here, 'preload.cjs'), { packaged: app.isPackaged }, bounds);
  mainWindow = win;
  windows.add(win.webContents.id);
  win.once('ready-to-show', () => win.show());
  win.on('close', () => prefs.set('windowBounds', win.getNormalBounds()));
  await win.loadURL(`${APP_ORIGIN}/index.html`);

  app.on('second-instance', (_event, argv) => {
    // the running app is handed the second start's file; the window gains focus and the screen asks for it
    opened.offer(argv.slice(1));
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  app.on('window-all-closed', () => {
    workspace.close();
    clearAllPreviews({ platform });
    app.quit();
  });
}

start().catch((e: unknown) => {
  appLog().error(e, 'start');
  const failure = startupFailure(e, app.getPath('userData'));
  dialog.showErrorBox(failure.title, failure.message);
  app.exit(1);
});
