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

/**
 * The web addresses the app may open in the system browser, as origins ("https://sbt.bkn.go.id"). The app links
 * to no site today, so the list is empty: a link that reaches the window (pasted text, a crafted profile website)
 * opens nothing. Add an origin here when a screen gets a link, with the test beside it.
 */
export const ALLOWED_LINK_ORIGINS: readonly string[] = [];

/** A link the app may hand to the system browser: http(s), no user:password@, its origin on the allow-list. */
export function isExternalLink(url: string, allowed: readonly string[] = ALLOWED_LINK_ORIGINS): boolean {
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return false;
    if (u.username !== '' || u.password !== '') return false;
    return allowed.includes(u.origin);
  } catch {
    return false;
  }
}

/** URL.origin is "null" for a non-special scheme like app:, so compare scheme and host. */
/** What the log keeps of a refused address: its origin only (a finding's source link can name the person in its
 * path or query). */
export function loggedOrigin(url: string): string {
  try {
    const origin = new URL(url).origin;
    return origin === 'null' ? `${new URL(url).protocol}…` : origin;
  } catch {
    return '(invalid address)';
  }
}

export function isAppUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'app:' && u.host === APP_HOST;
  } catch {
    return false;
  }
}

export interface LinkPolicy {
  /** where refused links are reported (main.ts: the log); a URL is cut to 200 characters */
  log: (line: string) => void;
  /** defaults to ALLOWED_LINK_ORIGINS */
  allowed?: readonly string[];
}

/**
 * No navigation away from the app, no new windows, no webviews. A link to an allowed origin (a new window or
 * a navigation) goes to the system browser; any other is refused and logged.
 */
export function hardenWebContents(contents: WebContentsLike, openExternal: (url: string) => void, policy: LinkPolicy): void {
  const leave = (url: string, how: string) => {
    if (isExternalLink(url, policy.allowed)) openExternal(url);
    else policy.log(`link refused (${how}): ${loggedOrigin(url)}`);
  };
  contents.on('will-navigate', (event, url) => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    leave(url, 'navigation');
  });
  contents.on('will-redirect', (event, url) => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    policy.log(`redirect refused: ${loggedOrigin(url)}`);
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    leave(url, 'new window');
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
