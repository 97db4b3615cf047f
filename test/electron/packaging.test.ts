// The Windows installer's configuration: x64 only, the app from an integrity-checked asar, and the Electron
// fuses that keep the binary from being used as a general Node runtime.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import yaml from 'js-yaml';

const config = yaml.load(fs.readFileSync('electron-builder.yml', 'utf8')) as Record<string, unknown> & {
  win: { target: { target: string; arch: string[] }[]; icon: string };
  electronFuses: Record<string, boolean>;
  nsis: Record<string, unknown>;
  fileAssociations: Record<string, unknown>[];
  files: string[];
};

describe('electron-builder.yml', () => {
  it('builds a per-user NSIS installer and a portable .exe for 64-bit Windows only', () => {
    expect(config.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }, { target: 'portable', arch: ['x64'] }]);
    expect(config.nsis).toMatchObject({
      perMachine: false, allowElevation: false, createDesktopShortcut: true, createStartMenuShortcut: true,
      language: '1057', installerLanguages: ['id_ID'], deleteAppDataOnUninstall: false,
    });
  });

  it('registers the backup file type and signs with a certificate from the environment only', () => {
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'satgasbak', icon: 'resources/icon.ico' })]);
    const text = fs.readFileSync('electron-builder.yml', 'utf8');
    expect(text).not.toMatch(/certificateFile|certificatePassword|cscLink|cscKeyPassword/);
    expect((config.win as unknown as { signtoolOptions: { signingHashAlgorithms: string[] } }).signtoolOptions.signingHashAlgorithms).toEqual(['sha256']);
  });

  it('passes electron-builder\'s own loading and schema validation; a wrong key is refused by it', async () => {
    const { getConfig, validateConfiguration } = await import('app-builder-lib/out/util/config/config.js');
    const { DebugLogger } = await import('builder-util');
    const loaded = await getConfig(process.cwd(), 'electron-builder.yml', null);
    await validateConfiguration(loaded, new DebugLogger(false));
    expect(loaded.appId).toBe('id.go.pemda.satgas-netralitas');
    const wrong = { ...loaded, nsis: { ...loaded.nsis, perUser: true } } as typeof loaded;
    await expect(validateConfiguration(wrong, new DebugLogger(false))).rejects.toThrow(/Invalid configuration/);
  });

  it('sets the fuses: no RunAsNode, no NODE_OPTIONS, no inspector, asar only and integrity-checked', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
    });
    expect(config.asar).toBe(true);
  });

  it('packs the built app, not the sources or the tests', () => {
    expect(config.files).toContain('dist-electron/**');
    expect(config.files).toContain('dist-renderer/**');
    expect(config.files.some((f) => f.startsWith('test') || f.startsWith('electron/'))).toBe(false);
  });

  it('names an icon that exists: a Windows .ico with a 256 px image, and the 512 px PNG beside it', () => {
    const ico = fs.readFileSync(config.win.icon);
    expect(ico.readUInt16LE(0)).toBe(0);
    expect(ico.readUInt16LE(2)).toBe(1);
    const count = ico.readUInt16LE(4);
    const sizes = Array.from({ length: count }, (_, i) => ico.readUInt8(6 + 16 * i) || 256);
    expect(sizes).toEqual(expect.arrayContaining([16, 32, 48, 256]));
    for (let i = 0; i < count; i++) {
      const length = ico.readUInt32LE(6 + 16 * i + 8);
      const offset = ico.readUInt32LE(6 + 16 * i + 12);
      expect(offset + length).toBeLessThanOrEqual(ico.length);
      expect(ico.subarray(offset + 1, offset + 4).toString()).toBe('PNG');
    }
    const png = fs.readFileSync('resources/icon.png');
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(256);
  });

  it('stays on electron-builder 26 (27 needs Node 22)', () => {
    const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { devDependencies: Record<string, string> };
    expect(pkg.devDependencies['electron-builder']).toMatch(/^\^?26\./);
  });
});
