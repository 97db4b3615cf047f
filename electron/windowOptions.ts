// The one window's options, kept apart from main.ts so a unit test can check every security setting.
import type { BrowserWindowConstructorOptions } from 'electron';

export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
}

/** Fits a 1366×768 laptop screen with the taskbar. */
export const DEFAULT_BOUNDS: WindowBounds = { width: 1280, height: 720 };

export function mainWindowOptions(preloadPath: string, bounds: WindowBounds = DEFAULT_BOUNDS): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    minWidth: 1024,
    minHeight: 600,
    title: 'Satgas Netralitas ASN',
    show: false,
    backgroundColor: '#faf9f8',
    autoHideMenuBar: false,
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
      devTools: process.env.SATGAS_DEVTOOLS === '1',
    },
  };
}
