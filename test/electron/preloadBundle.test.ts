// The sandboxed preload bundles only the dependency-free list of call names: no zod, no core code. Built the way
// electron/scripts/build.mjs builds it.
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { callNames } from '../../electron/core/callNames';

describe('preload bundle', () => {
  it('stays under 20 KB and exposes every call name', async () => {
    const out = await build({
      entryPoints: ['electron/main/preload.ts'], bundle: true, platform: 'node', format: 'cjs', external: ['electron'], write: false, logLevel: 'silent',
    });
    const code = out.outputFiles[0]!.text;
    expect(code.length).toBeLessThan(20_000);
    expect(code).not.toMatch(/zod|ZodType/);
    for (const name of callNames) expect(code).toContain(`"${name}"`);
  });
});
