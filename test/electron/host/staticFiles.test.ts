import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeOf, resolveStaticPath } from '../../../electron/host/staticFiles';

describe('serving the built renderer', () => {
  const root = path.resolve('/srv/dist-renderer');

  it('maps / to index.html and assets inside the root', () => {
    expect(resolveStaticPath(root, '/')).toBe(path.join(root, 'index.html'));
    expect(resolveStaticPath(root, '/assets/index-abc.js?x=1')).toBe(path.join(root, 'assets/index-abc.js'));
    expect(contentTypeOf('a/index.html')).toMatch(/^text\/html/);
  });

  it('refuses paths that escape the root', () => {
    for (const p of ['/../secret', '/assets/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/..%2fsecret', '/a%00.js', '/%E0%A4%A']) {
      expect(resolveStaticPath(root, p)).toBeNull();
    }
  });
});
