import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it } from 'vitest';
import { hardenWebContents, isAppUrl, isExternalLink, makeSenderCheck } from '../../../electron/host/security';
import type { WebContentsLike } from '../../../electron/host/security';

type Listener = (event: { preventDefault(): void }, url?: string) => void;

function fakeContents() {
  const listeners: Record<string, Listener> = {};
  let openHandler: ((d: { url: string }) => { action: 'deny' }) | null = null;
  const contents: WebContentsLike = {
    on: (event: string, listener: Listener) => {
      listeners[event] = listener;
    },
    setWindowOpenHandler: (h) => {
      openHandler = h;
    },
  } as WebContentsLike;
  const fire = (event: string, url?: string) => {
    let prevented = false;
    listeners[event]!({ preventDefault: () => (prevented = true) }, url);
    return prevented;
  };
  return { contents, fire, open: (url: string) => openHandler!({ url }) };
}

describe('navigation and new windows', () => {
  it('blocks navigation and redirects away from app://satgas', () => {
    const f = fakeContents();
    hardenWebContents(f.contents, () => {});
    expect(f.fire('will-navigate', 'https://example.com/')).toBe(true);
    expect(f.fire('will-navigate', 'file:///C:/Windows/win.ini')).toBe(true);
    expect(f.fire('will-redirect', 'http://127.0.0.1:8080/')).toBe(true);
    expect(f.fire('will-navigate', 'app://satgas/index.html')).toBe(false);
    expect(f.fire('will-attach-webview')).toBe(true);
  });

  it('denies every new window; only http(s) links go to the system browser', () => {
    const opened: string[] = [];
    const f = fakeContents();
    hardenWebContents(f.contents, (url) => opened.push(url));
    expect(f.open('https://bkn.go.id/')).toEqual({ action: 'deny' });
    expect(f.open('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(f.open('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://bkn.go.id/']);
    expect(isExternalLink('smb://server/share')).toBe(false);
    expect(isAppUrl('app://satgas.evil/x')).toBe(false);
  });
});

describe('IPC sender check', () => {
  const event = (id: number, url: string | undefined) =>
    ({ sender: { id }, senderFrame: url === undefined ? null : { url } }) as unknown as IpcMainInvokeEvent;
  const check = makeSenderCheck((id) => id === 1);

  it('accepts our window showing our page', () => {
    expect(check(event(1, 'app://satgas/index.html'))).toBe(true);
  });

  it('refuses other windows, other origins and detached frames', () => {
    expect(check(event(2, 'app://satgas/index.html'))).toBe(false);
    expect(check(event(1, 'https://example.com/'))).toBe(false);
    expect(check(event(1, 'file:///C:/x.html'))).toBe(false);
    expect(check(event(1, undefined))).toBe(false);
  });
});
