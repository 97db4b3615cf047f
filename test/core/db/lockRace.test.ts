// Many processes start at once against a database whose lock was left behind by a crash (a stale lock): exactly
// one of them may become the writer, and every change a writer reported as saved must be in the file afterwards.
// Today's figure is printed (rounds × processes, writers per round, lost commits). SATGAS_LOCK_ROUNDS=n runs more.
import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db/open';
import { lockPathOf } from '../../../electron/core/db/lock';
import { bundleForChild } from '../../helpers/childScript';
import { makeTempDir } from '../../helpers/tempDir';

const ROUNDS = Number(process.env.SATGAS_LOCK_ROUNDS ?? 30);
const PROCESSES = 4;
const COMMITS = 15;

let childJs = '';
beforeAll(async () => {
  childJs = await bundleForChild('test/core/db/lockRace.child.ts', 'lockRace');
});

class Child {
  readonly lines: string[] = [];
  private readonly proc: ChildProcessWithoutNullStreams;
  private readonly waiters: (() => void)[] = [];
  private stderr = '';
  readonly exited: Promise<number | null>;

  constructor(file: string, readonly tag: string) {
    this.proc = spawn(process.execPath, [childJs, file, tag, String(COMMITS)]);
    let buffer = '';
    this.proc.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const parts = buffer.split('\n');
      buffer = parts.pop() ?? '';
      this.lines.push(...parts);
      this.waiters.splice(0).forEach((w) => w());
    });
    this.proc.stderr.on('data', (c: Buffer) => (this.stderr += c.toString()));
    this.exited = new Promise((resolve) => this.proc.on('exit', (code) => {
      this.waiters.splice(0).forEach((w) => w());
      resolve(code);
    }));
  }

  async waitFor(prefix: string): Promise<string> {
    for (;;) {
      const found = this.lines.find((l) => l.startsWith(prefix));
      if (found) return found;
      if (this.proc.exitCode !== null) throw new Error(`${this.tag} exited before "${prefix}": ${this.stderr}`);
      await new Promise<void>((r) => this.waiters.push(r));
    }
  }

  send(line: string): void {
    this.proc.stdin.write(`${line}\n`);
  }

  end(): void {
    this.proc.stdin.end();
  }
}

describe('a stale lock and many processes starting together', () => {
  it(`lets exactly one become the writer and loses no saved change (${ROUNDS} rounds × ${PROCESSES} processes)`, async () => {
    const file = path.join(makeTempDir(), 'satgas.db');
    const created = await openDatabase({ file });
    if (created.state !== 'ready') throw new Error(created.state);
    created.db.close();

    const reported: string[] = [];
    const writersPerRound: number[] = [];
    const otherStates: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      // A crash of this PC's app: the lock names this PC and a process id that no longer runs.
      const dead = { host: os.hostname(), user: 'budi', pid: 2 ** 22 + 1000 + round, since: new Date(Date.now() - 60_000).toISOString() };
      fs.writeFileSync(lockPathOf(file), JSON.stringify(dead));

      const children = Array.from({ length: PROCESSES }, (_, i) => new Child(file, `r${round}p${i}`));
      await Promise.all(children.map((c) => c.waitFor('loaded')));
      children.forEach((c) => c.send('go'));
      const states = await Promise.all(children.map(async (c) => (await c.waitFor('state ')).slice('state '.length)));
      // Every child has opened before any closes: all who said `ready` were writers at the same time.
      writersPerRound.push(states.filter((s) => s === 'ready').length);
      otherStates.push(...states.filter((s) => s !== 'ready' && s !== 'read-only'));
      children.forEach((c) => c.send('commit'));
      await Promise.all(children.map((c) => c.waitFor('done')));
      for (const c of children) reported.push(...c.lines.filter((l) => l.startsWith('committed ')).map((l) => l.slice('committed '.length)));
      children.forEach((c) => c.end());
      await Promise.all(children.map((c) => c.exited));
    }

    const opened = await openDatabase({ file });
    if (opened.state !== 'ready') throw new Error(opened.state);
    const onDisk = new Set(opened.db.read((q) => q.all<{ id: string }>("SELECT entity_id AS id FROM audit_log WHERE entity = 'Race'")).map((r) => r.id));
    opened.db.close();
    const lost = reported.filter((id) => !onDisk.has(id));
    const rounds = writersPerRound.length;
    const twoOrMore = writersPerRound.filter((n) => n > 1).length;
    const none = writersPerRound.filter((n) => n === 0).length;
    console.log(`lock race: ${rounds} rounds × ${PROCESSES} processes; writers per round: ${JSON.stringify(count(writersPerRound))}; `
      + `rounds with 2+ writers: ${twoOrMore}, with none: ${none}; commits reported ${reported.length}, lost ${lost.length}`);
    expect(otherStates).toEqual([]);
    expect(writersPerRound).toEqual(Array(ROUNDS).fill(1));
    expect(lost).toEqual([]);
    expect(reported.length).toBe(ROUNDS * COMMITS);
  }, 600_000);
});

function count(xs: number[]): Record<number, number> {
  const out: Record<number, number> = {};
  for (const x of xs) out[x] = (out[x] ?? 0) + 1;
  return out;
}
