// Hardening applied to every web contents, and the check that an IPC call comes from our own page.
// Written against narrow interfaces (not Electron's classes) so it is unit-tested in plain Node.
import type { IpcMainInvokeEvent } from 'electron';

export const APP_HOST = 'satgas';
export const APP_ORIGIN = `app://${APP_HOST}`;

interface NavigationEvent {
  preventDefault(): void;
}

export interface WebContentsLike {
  on(event: 'will-navigate' | 'will-redirect', listener: (event: NavigationEvent, url: string) => void): void;
  on(event: 'will-attach-webview', listener: (event: NavigationEvent) => void): void;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/** Only http(s) links leave the app, and only to the system browser. */
export function isExternalLink(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}

/** URL.origin is "null" for a non-special scheme like app:, so compare scheme and host. */
export function isAppUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'app:' && u.host === APP_HOST;
  } catch {
    return false;
  }
}

/** No navigation away from the app, no new windows, no webviews. */
export function hardenWebContents(contents: WebContentsLike, openExternal: (url: string) => void): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isExternalLink(url)) openExternal(url);
    return { action: 'deny' };
  });
}

/** Electron Fiddle's sender check: the call must come from a window we made, from a frame showing our app. */
export function makeSenderCheck(isOurWindow: (senderId: number) => boolean): (event: IpcMainInvokeEvent) => boolean {
  return (event) => {
    const frameUrl = event.senderFrame?.url ?? '';
    return isOurWindow(event.sender.id) && isAppUrl(frameUrl);
  };
}
