// The real file system, except where a rule says an operation fails: a full disk (ENOSPC after half the bytes
// were written, as a real full disk does), a read-only folder (EROFS/EACCES on every change), a file an
// antivirus holds for a moment (EBUSY on the first renames). Reads never fail. Root ignores chmod, so tests that
// need a folder to refuse changes use this (or a child process running as another user).
import nodeFs from 'node:fs';
import type { DbFs } from '../../../electron/core/db/atomicFile';

export type Op = 'create' | 'write' | 'rename' | 'unlink' | 'link' | 'copy' | 'mkdir' | 'rm';

/** Returns an errno code to fail with, or null to let the operation happen. */
export type Rule = (op: Op, file: string) => string | null;

export interface FaultyFs extends DbFs {
  rule: Rule;
  /** every operation that failed, in order */
  failures: { op: Op; file: string; code: string }[];
}

function errno(code: string, op: string, file: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${op} '${file}'`), { code, path: file });
}

export function faultyFs(rule: Rule): FaultyFs {
  const fdPaths = new Map<number, string>();
  const fake = { ...nodeFs, rule, failures: [] } as unknown as FaultyFs;
  const check = (op: Op, file: string) => {
    const code = fake.rule(op, String(file));
    if (code) {
      fake.failures.push({ op, file: String(file), code });
      throw errno(code, op, String(file));
    }
  };
  fake.openSync = ((file: nodeFs.PathLike, flags?: nodeFs.OpenMode, mode?: nodeFs.Mode) => {
    const f = String(flags ?? 'r');
    if (/[wax+]/.test(f)) check('create', String(file));
    const fd = nodeFs.openSync(file, flags ?? 'r', mode);
    fdPaths.set(fd, String(file));
    return fd;
  }) as typeof nodeFs.openSync;
  fake.closeSync = ((fd: number) => {
    fdPaths.delete(fd);
    nodeFs.closeSync(fd);
  }) as typeof nodeFs.closeSync;
  fake.writeSync = ((fd: number, buffer: string | NodeJS.ArrayBufferView, ...rest: unknown[]) => {
    const file = fdPaths.get(fd) ?? '';
    const code = fake.rule('write', file);
    if (code) {
      // a full disk takes part of the bytes before it refuses the rest
      if (typeof buffer !== 'string' && code === 'ENOSPC') nodeFs.writeSync(fd, new Uint8Array(buffer.buffer, buffer.byteOffset, Math.floor(buffer.byteLength / 2)));
      fake.failures.push({ op: 'write', file, code });
      throw errno(code, 'write', file);
    }
    return (nodeFs.writeSync as (...a: unknown[]) => number)(fd, buffer, ...rest);
  }) as typeof nodeFs.writeSync;
  fake.renameSync = (from, to) => {
    check('rename', String(from));
    nodeFs.renameSync(from, to);
  };
  fake.unlinkSync = (file) => {
    check('unlink', String(file));
    nodeFs.unlinkSync(file);
  };
  fake.linkSync = (from, to) => {
    check('link', String(to));
    nodeFs.linkSync(from, to);
  };
  fake.copyFileSync = (from, to, mode) => {
    check('copy', String(to));
    nodeFs.copyFileSync(from, to, mode);
  };
  fake.rmSync = (file, options) => {
    check('rm', String(file));
    nodeFs.rmSync(file, options);
  };
  fake.mkdirSync = ((file: nodeFs.PathLike, options?: nodeFs.MakeDirectoryOptions) => {
    // like a real read-only disk: an existing folder is fine, a new one is refused
    if (!nodeFs.existsSync(file)) check('mkdir', String(file));
    return nodeFs.mkdirSync(file, options);
  }) as typeof nodeFs.mkdirSync;
  return fake;
}

/** Fails every change at or under `dir` with `code` (a read-only share, a disk mounted read-only). */
export function readOnlyUnder(dir: string, code = 'EROFS'): Rule {
  return (_op, file) => (file === dir || file.startsWith(`${dir}/`) || file.startsWith(`${dir}\\`) ? code : null);
}
