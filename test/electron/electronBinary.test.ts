// `npm start` must find out whether the Electron binary is there without requiring the electron package (which,
// from version 42, starts a download that cannot succeed on these machines).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without types
import { electronBinaryPath } from '../../electron/scripts/electronBinary.mjs';
import { makeTempDir } from '../helpers/tempDir';

const find = electronBinaryPath as (root: string) => string | null;

function project(files: Record<string, string>): string {
  const root = makeTempDir('electron-bin');
  for (const [rel, content] of Object.entries(files)) {
    const full = path.join(root, 'node_modules', 'electron', rel);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, content);
  }
  return root;
}

describe('electronBinaryPath', () => {
  it('is null when the package was installed with the binary download skipped', () => {
    expect(find(project({ 'index.js': 'throw new Error("would download")' }))).toBeNull();
  });

  it('is null when path.txt names a binary that is not there', () => {
    expect(find(project({ 'path.txt': 'electron' }))).toBeNull();
  });

  it('is the binary when it is installed', () => {
    const root = project({ 'path.txt': 'electron', 'dist/electron': '#!/bin/sh' });
    expect(find(root)).toBe(path.join(root, 'node_modules', 'electron', 'dist', 'electron'));
  });

  it('in this checkout, never loads the electron package to find out', () => {
    expect(() => find(path.resolve('.'))).not.toThrow();
  });
});
