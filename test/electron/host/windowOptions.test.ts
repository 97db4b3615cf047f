import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindowConstructorOptions } from 'electron';
import { DEFAULT_BOUNDS, createMainWindow, devToolsAllowed } from '../../../electron/host/windowOptions';

class RecordingWindow {
  constructor(readonly options: BrowserWindowConstructorOptions) {}
}

describe('the main window', () => {
  const { options } = createMainWindow(RecordingWindow, '/app/dist-electron/preload.cjs', { packaged: true });
  const web = options.webPreferences!;

  it('isolates and sandboxes the renderer explicitly', () => {
    expect(web.contextIsolation).toBe(true);
    expect(web.sandbox).toBe(true);
    expect(web.nodeIntegration).toBe(false);
    expect(web.nodeIntegrationInWorker).toBe(false);
    expect(web.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and risky features off', () => {
    expect(web.webSecurity).toBe(true);
    expect(web.allowRunningInsecureContent).toBe(false);
    expect(web.experimentalFeatures).toBe(false);
    expect(web.webviewTag).toBe(false);
    expect(web.navigateOnDragDrop).toBe(false);
    expect(web.devTools).toBe(false);
    expect(web.disableBlinkFeatures).toBe('Auxclick');
  });

  it('loads only our preload', () => {
    expect(web.preload).toBe('/app/dist-electron/preload.cjs');
  });

  it('fits a 1366×768 laptop screen', () => {
    expect(DEFAULT_BOUNDS.width).toBeLessThanOrEqual(1366);
    expect(DEFAULT_BOUNDS.height).toBeLessThanOrEqual(768 - 40);
    expect(options.minWidth).toBeLessThanOrEqual(1366);
  });
});

describe('DevTools', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });
  const devToolsOf = (packaged: boolean) => createMainWindow(RecordingWindow, '/app/preload.cjs', { packaged }).options.webPreferences!.devTools;

  it('never open in an installed app, whatever the environment says', () => {
    vi.stubEnv('SATGAS_DEVTOOLS', '1');
    expect(devToolsOf(true)).toBe(false);
    expect(devToolsAllowed({ packaged: true, env: { SATGAS_DEVTOOLS: '1' } })).toBe(false);
  });

  it('open in a developer run only when asked for', () => {
    vi.stubEnv('SATGAS_DEVTOOLS', '1');
    expect(devToolsOf(false)).toBe(true);
    vi.stubEnv('SATGAS_DEVTOOLS', '');
    expect(devToolsOf(false)).toBe(false);
    expect(devToolsAllowed({ packaged: false, env: {} })).toBe(false);
    expect(devToolsAllowed({ packaged: false, env: { SATGAS_DEVTOOLS: 'true' } })).toBe(false);
  });
});
