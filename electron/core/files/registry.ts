// File references: the main process keeps the path of every file the user chose (or the app saved) under a
// random id, and only the id crosses to the renderer. A reference not issued by this process is refused, so the
// renderer can never name an arbitrary path.
import crypto from 'node:crypto';
import path from 'node:path';
import { UserError } from '../errors';

export interface FileEntry {
  path: string;
  name: string;
}

const KEEP = 1000;

export class FileRefs {
  private readonly entries = new Map<string, FileEntry>();

  add(file: string): string {
    const ref = crypto.randomUUID();
    this.entries.set(ref, { path: file, name: path.basename(file) });
    while (this.entries.size > KEEP) this.entries.delete(this.entries.keys().next().value!);
    return ref;
  }

  get(ref: string): FileEntry {
    const entry = this.entries.get(ref);
    if (!entry) throw new UserError('file-ref-unknown');
    return entry;
  }
}
