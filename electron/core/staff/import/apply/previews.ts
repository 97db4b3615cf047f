// Parsed files waiting for the user's "Impor": kept in memory by preview id (the few most recent only).
// The plan is computed again at commit time, so a roster edited in between is compared as it is then.
import crypto from 'node:crypto';
import { UserError } from '../../../errors';
import type { ParsedRoster } from '..';

export interface PendingImport {
  fileName: string;
  parsed: ParsedRoster;
}

const KEEP = 3;

export class PreviewStore {
  private readonly pending = new Map<string, PendingImport>();

  add(item: PendingImport): string {
    const id = crypto.randomUUID();
    this.pending.set(id, item);
    while (this.pending.size > KEEP) this.pending.delete(this.pending.keys().next().value!);
    return id;
  }

  get(id: string): PendingImport {
    const item = this.pending.get(id);
    if (!item) throw new UserError('import-preview-expired');
    return item;
  }

  get size(): number {
    return this.pending.size;
  }

  remove(id: string): void {
    this.pending.delete(id);
  }
}
