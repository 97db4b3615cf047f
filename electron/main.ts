// Electron main: app lifecycle, one secure window, the menu; wires the protocol, the dispatcher and the core.
import path from 'node:path';
import { BrowserWindow, Menu, app, ipcMain, protocol, session as electronSession } from 'electron';
import { AppSession } from './core/app/session';
import { APP_DIR_NAME, defaultDatabasePath } from './core/db/paths';
import { setSqlWasmPath } from './core/db/sqlite';
import { handlers } from './core/handlers';
import { createDispatcher, registerIpc } from './ipc';
import { menuTemplate } from './menu';
import { electronPlatform } from './platform';
import { openPreferences } from './prefs';
import { appProtocolHandler } from './protocol';
import { APP_ORIGIN, hardenWebContents, makeSenderCheck } from './security';
import { createMainWindow } from './windowOptions';

protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

// Indonesian for what Chromium draws itself (date pickers show dd/mm/yyyy, spelling, default dialogs).
app.commandLine.appendSwitch('lang', 'id');

// One user-data folder name on every OS, the one the `satgas` command line looks in.
app.setPath('userData', path.join(app.getPath('appData'), APP_DIR_NAME));

const windows = new Set<number>();

async function start(): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  await app.whenReady();
  const prefs = openPreferences();
  const here = __dirname;
  setSqlWasmPath(path.join(here, 'sql-wasm.wasm'));

  const session = new AppSession({
    dbFile: prefs.get('databasePath') ?? defaultDatabasePath(electronPlatform.userDataDir()),
    appVersion: app.getVersion(),
    log: (line) => console.error(line),
  });
  await session.open();

  const ses = electronSession.defaultSession;
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  protocol.handle('app', appProtocolHandler(path.join(here, '..', 'dist-renderer')));
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, electronPlatform.openExternal));

  const dispatch = createDispatcher(handlers, { session });
  registerIpc(ipcMain, dispatch, makeSenderCheck((id) => windows.has(id)));
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate()));

  const win = createMainWindow(BrowserWindow, path.join(here, 'preload.cjs'), prefs.get('windowBounds'));
  windows.add(win.webContents.id);
  win.once('ready-to-show', () => win.show());
  win.on('close', () => prefs.set('windowBounds', win.getNormalBounds()));
  await win.loadURL(`${APP_ORIGIN}/index.html`);

  app.on('second-instance', () => {
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  app.on('window-all-closed', () => {
    session.close();
    app.quit();
  });
}

start().catch((e: unknown) => {
  console.error(e);
  app.exit(1);
});
