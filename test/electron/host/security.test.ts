import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it } from 'vitest';
import { ALLOWED_LINK_ORIGINS, hardenWebContents, isAppUrl, isExternalLink, makeSenderCheck } from '../../../electron/host/security';
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
    hardenWebContents(f.contents, () => {}, { log: () => {} });
    expect(f.fire('will-navigate', 'https://example.com/')).toBe(true);
    expect(f.fire('will-navigate', 'file:///C:/Windows/win.ini')).toBe(true);
    expect(f.fire('will-redirect', 'http://127.0.0.1:8080/')).toBe(true);
    expect(f.fire('will-navigate', 'app://satgas/index.html')).toBe(false);
    expect(f.fire('will-attach-webview')).toBe(true);
  });

  it('denies every new window; only http(s) links to an allowed origin go to the system browser', () => {
    const opened: string[] = [];
    const f = fakeContents();
    hardenWebContents(f.contents, (url) => opened.push(url), { log: () => {}, allowed: ['https://bkn.go.id'] });
    expect(f.open('https://bkn.go.id/')).toEqual({ action: 'deny' });
    expect(f.open('https://bkn.go.id/berita?id=1')).toEqual({ action: 'deny' });
    expect(f.open('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(f.open('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(f.open('http://bkn.go.id/')).toEqual({ action: 'deny' });
    expect(f.open('https://bkn.go.id.evil.example/')).toEqual({ action: 'deny' });
    expect(f.open('https://user:pass@bkn.go.id/')).toEqual({ action: 'deny' });
    expect(f.open('https://bkn.go.id:8443/')).toEqual({ action: 'deny' });
    // a link the user clicks in the page (a navigation) follows the same rule
    expect(f.fire('will-navigate', 'https://bkn.go.id/sbt')).toBe(true);
    expect(f.fire('will-navigate', 'https://example.com/')).toBe(true);
    expect(opened).toEqual(['https://bkn.go.id/', 'https://bkn.go.id/berita?id=1', 'https://bkn.go.id/sbt']);
    expect(isExternalLink('smb://server/share', ['smb://server'])).toBe(false);
    expect(isAppUrl('app://satgas.evil/x')).toBe(false);
  });

  it('opens no site by default: the app links to none, and every refusal is logged by its origin only', () => {
    expect(ALLOWED_LINK_ORIGINS).toEqual([]);
    const opened: string[] = [];
    const logged: string[] = [];
    const f = fakeContents();
    hardenWebContents(f.contents, (url) => opened.push(url), { log: (line) => logged.push(line) });
    for (const url of ['https://bkn.go.id/', 'http://example.com/x', 'https://evil.example/?q=' + 'a'.repeat(500)]) f.open(url);
    f.fire('will-navigate', 'https://phish.example/login');
    f.fire('will-redirect', 'https://evil.example/');
    expect(opened).toEqual([]);
    expect(logged).toEqual([
      'link refused (new window): https://bkn.go.id',
      'link refused (new window): http://example.com',
      'link refused (new window): https://evil.example',
      'link refused (navigation): https://phish.example',
      'redirect refused: https://evil.example',
    ]);
    expect(isExternalLink('https://bkn.go.id/')).toBe(false);
    // app:// stays inside, unlogged
    expect(f.fire('will-navigate', 'app://satgas/index.html')).toBe(false);
    expect(logged).toHaveLength(5);
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
