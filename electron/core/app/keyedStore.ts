// What the main process keeps for the renderer between calls (a chosen file's path, a parsed import waiting for
// "Impor"), under a random id the renderer holds. Bounded: the oldest go first. An id it never issued, or one
// that has gone, is a UserError with the caller's message.
import crypto from 'node:crypto';
import { UserError } from '../errors';
import type { PlainErrorCode } from '../../shared/messages';

export class KeyedStore<T> {
  private readonly items = new Map<string, T>();

  constructor(private readonly keep: number, private readonly missing: PlainErrorCode) {}

  add(item: T): string {
    const id = crypto.randomUUID();
    this.items.set(id, item);
    while (this.items.size > this.keep) this.items.delete(this.items.keys().next().value!);
    return id;
  }

  get(id: string): T {
    const item = this.items.get(id);
    if (item === undefined) throw new UserError<PlainErrorCode>(this.missing);
    return item;
  }

  get size(): number {
    return this.items.size;
  }

  remove(id: string): void {
    this.items.delete(id);
  }
}
