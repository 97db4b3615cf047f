// Reading a chosen file and saving one where the user chooses: the two ways file contents meet the core.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { CallContext } from '../handlerTypes';
import { writeFileAtomic } from '../db/atomicFile';
import { UserError } from '../errors';
import type { SaveRequest } from '../platform/port';
import type { SaveResult } from './types';
import type { IdentityExport } from './identityExport';
import { auditIdentityExport } from './identityExport';
import { formatMegabytes as megabytes } from '../../shared/format';

export { formatMegabytes as megabytes } from '../../shared/format';

/** The bytes of a chosen file, refused before reading when it is larger than `maxBytes`. */
export async function readChosenFile(
  ctx: CallContext, ref: string, maxBytes: number, tooLarge?: (size: number) => UserError,
): Promise<{ name: string; bytes: Buffer }> {
  const { path: file, name } = ctx.files.get(ref);
  let size: number;
  try {
    size = (await fs.stat(file)).size;
  } catch {
    throw new UserError('file-unreadable', { file: name });
  }
  if (size > maxBytes) throw tooLarge?.(size) ?? new UserError('file-too-large', { file: name, size: megabytes(size), max: megabytes(maxBytes) });
  try {
    return { name, bytes: await fs.readFile(file) };
  } catch {
    throw new UserError('file-unreadable', { file: name });
  }
}

/** Asks where to save, then writes the bytes there atomically (temp file, fsync, rename). A file that carries
 * identities says so (`identities`): its export is recorded in the audit log once it is on disk, in this call. */
export async function saveChosenFile(ctx: CallContext, request: SaveRequest, bytes: Uint8Array, identities?: IdentityExport): Promise<SaveResult> {
  const target = await ctx.platform.chooseSavePath(request);
  if (!target) return { saved: null };
  try {
    writeFileAtomic(target, bytes, { keepPrevious: false });
  } catch (e) {
    throw new UserError('file-save-failed', { file: path.basename(target), detail: (e as NodeJS.ErrnoException).code ?? '-' });
  }
  if (identities) auditIdentityExport(ctx, identities, target);
  return { saved: { ref: ctx.files.add(target), name: path.basename(target), folder: path.dirname(target) } };
}
