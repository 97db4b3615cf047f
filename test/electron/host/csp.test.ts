import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES, contentSecurityPolicy } from '../../../electron/host/csp';

function parse(csp: string): Record<string, string[]> {
  return Object.fromEntries(csp.split(';').map((d) => d.trim()).filter(Boolean).map((d) => {
    const [name, ...values] = d.split(/\s+/);
    return [name!, values];
  }));
}

describe('Content-Security-Policy', () => {
  const csp = parse(contentSecurityPolicy());

  it('denies by default and allows scripts from the app only', () => {
    expect(csp['default-src']).toEqual(["'none'"]);
    expect(csp['script-src']).toEqual(["'self'"]);
  });

  it('never allows eval, inline scripts or wasm in the renderer', () => {
    const all = Object.values(csp).flat();
    expect(all).not.toContain("'unsafe-eval'");
    expect(all).not.toContain("'wasm-unsafe-eval'");
    expect(csp['script-src']).not.toContain("'unsafe-inline'");
  });

  it('loads nothing from the network', () => {
    for (const values of Object.values(csp)) {
      for (const v of values) expect(v).not.toMatch(/^(https?:|\*|ws:|wss:)/);
    }
    expect(csp['connect-src']).toEqual(["'self'"]);
  });

  it('blocks plugins, base-tag tricks, forms and framing', () => {
    expect(csp['object-src']).toEqual(["'none'"]);
    expect(csp['base-uri']).toEqual(["'none'"]);
    expect(csp['form-action']).toEqual(["'none'"]);
    expect(csp['frame-ancestors']).toEqual(["'none'"]);
  });

  it('is the same policy in the page meta tag (frame-ancestors is header-only)', () => {
    const html = fs.readFileSync('renderer/index.html', 'utf8');
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    const expected = { ...CSP_DIRECTIVES } as Record<string, string>;
    delete expected['frame-ancestors'];
    expect(Object.fromEntries(Object.entries(parse(meta)).map(([k, v]) => [k, v.join(' ')]))).toEqual(expected);
  });
});
