// The one window, kept apart from main.ts so a unit test can check every security setting: the constructor is
// passed in (Electron's BrowserWindow in main.ts, a recorder in tests). The options stay a literal at the
// `new BrowserWindow(…)` call so that static scanners (electronegativity) can read them.
import type { BrowserWindow as ElectronBrowserWindow, BrowserWindowConstructorOptions } from 'electron';

export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
}

/** Fits a 1366×768 laptop screen with the taskbar. */
export const DEFAULT_BOUNDS: WindowBounds = { width: 1280, height: 720 };

export type BrowserWindowConstructor<W> = new (options: BrowserWindowConstructorOptions) => W;

export interface WindowContext {
  /** Electron's app.isPackaged: an installed app never has DevTools, whatever its environment says */
  packaged: boolean;
  /** the environment of this run; SATGAS_DEVTOOLS=1 opens DevTools in an unpackaged (developer) run only */
  env?: Readonly<Record<string, string | undefined>>;
}

export function devToolsAllowed({ packaged, env = process.env }: WindowContext): boolean {
  return !packaged && env.SATGAS_DEVTOOLS === '1';
}

export function createMainWindow<W = ElectronBrowserWindow>(BrowserWindow: BrowserWindowConstructor<W>, preloadPath: string, context: WindowContext, bounds: WindowBounds = DEFAULT_BOUNDS): W {
  const devTools = devToolsAllowed(context);
  return new BrowserWindow({
    x: bounds.x,
    y: bounds.y,
    width: bounds.width,
    height: bounds.height,
    minWidth: 1024,
    minHeight: 600,
    title: 'Satgas Netralitas ASN',
    show: false,
    backgroundColor: '#faf9f8',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      disableBlinkFeatures: 'Auxclick',
      devTools,
    },
  });
}
