import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { menuTemplate } from '../../../electron/host/menu';

function labels(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((i) => [i.label ?? '', ...(Array.isArray(i.submenu) ? labels(i.submenu) : [])]).filter(Boolean);
}

describe('the application menu', () => {
  it('is in Indonesian', () => {
    const all = labels(menuTemplate());
    expect(all.slice(0, 2)).toEqual(['Berkas', 'Keluar']);
    expect(all).toContain('Salin');
    expect(all).not.toContain('File');
    expect(all).not.toContain('Copy');
  });

  it('has no developer tools entry', () => {
    expect(JSON.stringify(menuTemplate())).not.toMatch(/toggleDevTools|forceReload/i);
  });
});
