// Every contract call, through the same dispatcher Electron and the harness use, sent thousands of random and
// hostile inputs: wrong types, huge strings, nulls, prototype-pollution keys, path traversal in names and file
// references, and files that lie about their type. Expected: no uncaught exception (nothing answered `internal`,
// nothing logged), every refusal a typed error with an Indonesian message, no prototype polluted, and the
// database file byte for byte the same afterwards. Seeded: a failure names its seed and is replayed with
// SATGAS_FUZZ_SEED. SATGAS_FUZZ_ROUNDS sets the inputs per call.
import crypto from 'node:crypto';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { callNames } from '../../../electron/core/callNames';
import { contract } from '../../../electron/core/contract';
import { errors } from '../../../electron/shared/messages';
import { seedRoster } from '../../helpers/generatedRoster';
import { sessionPerTest } from '../../helpers/session';

const ROUNDS = Number(process.env.SATGAS_FUZZ_ROUNDS ?? 1000);
const SEED = Number(process.env.SATGAS_FUZZ_SEED ?? 20261202);

/** mulberry32: a small seeded generator */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HUGE = 'x'.repeat(200_000);
const HUGEST = 'y'.repeat(5_000_000);
const STRINGS = [
  '', ' ', HUGE, 'é'.repeat(70_000), '\u0000', '\uD800', '../../../../etc/passwd', '..\\..\\Windows\\System32\\config\\SAM',
  'C:\\Windows\\win.ini', '/dev/zero', 'CON', 'NUL.jpg', 'a'.repeat(300) + '.jpg', '<script>alert(1)</script>', "'; DROP TABLE staff; --",
  '=HYPERLINK("http://x")', '__proto__', 'constructor', 'prototype', '00000000-0000-0000-0000-000000000000', 'file:///etc/passwd',
  'javascript:alert(1)', '2024-02-30', '9999-99-99', '199001012015031001', '1'.repeat(18), 'NaN', '{}', '%00', '${jndi:ldap://x}',
];
// no small positive integers: an existing row's id is a valid input, not a hostile one
const NUMBERS = [0, -1, -0, 1.5, NaN, Infinity, -Infinity, 2 ** 53, -(2 ** 31), 1e308, Number.MIN_VALUE];
const POLLUTION = ['{"__proto__": {"polluted": true}}', '{"constructor": {"prototype": {"polluted": true}}}', '{"prototype": {"polluted": true}}'];

function shapeKeys(schema: z.ZodType): string[] {
  const def = (schema as unknown as { def?: { shape?: Record<string, unknown>; in?: z.ZodType } }).def;
  if (def?.shape) return Object.keys(def.shape);
  if (def?.in) return shapeKeys(def.in);
  return [];
}

function generator(next: () => number, refs: string[]) {
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const value = (depth: number): unknown => {
    const r = next();
    if (r < 0.25) return pick(STRINGS);
    if (r < 0.4) return pick(NUMBERS);
    if (r < 0.47) return pick([null, undefined, true, false]);
    if (r < 0.55) return pick(refs);
    if (r < 0.62) return JSON.parse(pick(POLLUTION));
    if (depth > 3) return pick(STRINGS);
    if (r < 0.8) return Array.from({ length: Math.floor(next() * 4) }, () => value(depth + 1));
    if (r < 0.81) return Array.from({ length: 20_000 }, () => 1);
    if (r < 0.815) return HUGEST;
    return Object.fromEntries(Array.from({ length: 1 + Math.floor(next() * 3) }, () => [pick([...STRINGS.slice(0, 6), '__proto__', 'constructor', 'ref', 'id']), value(depth + 1)]));
  };
  /** the call's own field names with hostile values (deeper than the first check), or a hostile value whole */
  const input = (keys: string[]): unknown => {
    if (keys.length === 0 || next() < 0.3) return value(0) ?? 'x';
    const out: Record<string, unknown> = JSON.parse(next() < 0.2 ? pick(POLLUTION) : '{}');
    for (const k of keys) if (next() < 0.8) out[k] = value(1);
    if (next() < 0.2) out[pick(['__proto__', 'constructor', 'extra'])] = value(1);
    return out;
  };
  return { input };
}

const start = sessionPerTest();

describe('fuzzing every call through the dispatcher', () => {
  it(`answers ${ROUNDS} hostile inputs per call with typed errors and leaves the database as it was`, async () => {
    const t = await start();
    seedRoster(t.workspace.db(), 20);
    // files that lie about their type, and names that try to leave their folder
    const lying = [
      await t.choose('daftar.xlsx', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0])),
      await t.choose('lambang.png', Buffer.from('MZ\x90\x00 this is a Windows program'), 'emblem'),
      await t.choose('cadangan.satgasbak', Buffer.from('PK\x03\x04 not a zip'), 'backup'),
      await t.choose('..%2F..%2Fsatgas.db.csv', Buffer.from('\uFEFFNIP;Nama\n;\n')),
      await t.choose('bukti.jpg', Buffer.from('%PDF-1.4 but named jpg'), 'evidence'),
    ];
    const refs = [...lying.map((f) => f.ref), '../../../etc/passwd', '00000000-0000-4000-8000-000000000000', 'ZZZZ'];
    const dbFile = t.workspace.options.dbFile;
    const hash = () => crypto.createHash('sha256').update(fs.readFileSync(dbFile)).digest('hex');
    const before = hash();
    const known = new Set(Object.keys(errors));
    const tally = { calls: 0, refused: 0, answered: 0, validMutations: 0 };
    const validMutations: [string, unknown][] = [];
    const internal: string[] = [];
    const untyped: string[] = [];
    const started = Date.now();

    for (const [i, name] of callNames.entries()) {
      const spec = contract[name];
      const { input } = generator(random(SEED + i), refs);
      const keys = shapeKeys(spec.input);
      for (let n = 0; n < ROUNDS; n++) {
        const given = input(keys);
        // an input the schema accepts is a valid call (hostile values can be valid text): sent as well, but only
        // counted as hostile when refused; a mutation it makes succeed would change the database (asserted not)
        const valid = spec.kind === 'mutation' && spec.input.safeParse(given ?? {}).success;
        if (valid) {
          validMutations.push([name, given]);
          continue;
        }
        tally.calls++;
        let r: Awaited<ReturnType<typeof t.dispatch>>;
        try {
          r = await t.dispatch(name, given);
        } catch (e) {
          internal.push(`${name}: threw ${(e as Error).message}`);
          continue;
        }
        if (r.ok) {
          tally.answered++; // a query whose input was valid (a hostile value can be valid text): answered, changes nothing
          continue;
        }
        tally.refused++;
        if (r.error.code === 'internal') internal.push(`${name}: ${JSON.stringify(given)?.slice(0, 120)}`);
        else if (!known.has(r.error.code) || !r.error.message) untyped.push(`${name}: ${r.error.code}`);
      }
    }
    // names that are not calls at all, and the dispatcher's own inputs
    for (const bad of [undefined, null, 42, {}, '__proto__', 'constructor', 'toString', 'hasOwnProperty', HUGE, 'staff.list\u0000']) {
      const r = await t.dispatch(bad, {});
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('unknown-call');
    }
    await new Promise((r) => setTimeout(r, 200)); // jobs started by a lying file finish and log, if they would
    expect(t.logged, `seed ${SEED}`).toEqual([]);

    expect(hash(), `seed ${SEED}`).toBe(before);
    expect(tally.refused + tally.answered).toBe(tally.calls);

    // the mutations' inputs that passed their schema (text such as "'; DROP TABLE staff; --" is valid text): sent
    // after the hash was compared, they may change the database as valid calls do, but never throw
    for (const [name, given] of validMutations) {
      const r = await t.dispatch(name, given);
      tally.validMutations++;
      if (!r.ok && r.error.code === 'internal') internal.push(`${name} (valid): ${JSON.stringify(given)?.slice(0, 120)}`);
      if (!r.ok && !known.has(r.error.code)) untyped.push(`${name} (valid): ${r.error.code}`);
    }
    await new Promise((r) => setTimeout(r, 200));
    console.log(`fuzz: ${callNames.length} calls × ${ROUNDS} inputs: ${tally.calls} sent with the database compared (${tally.refused} refused with a typed error, ${tally.answered} valid queries answered), ${tally.validMutations} valid mutations after, ${Date.now() - started} ms (seed ${SEED})`);
    expect(internal, `seed ${SEED}`).toEqual([]);
    expect(untyped, `seed ${SEED}`).toEqual([]);
    expect(t.logged).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(tally.refused).toBeGreaterThan(callNames.length * ROUNDS * 0.5);
  }, 120_000);
});
