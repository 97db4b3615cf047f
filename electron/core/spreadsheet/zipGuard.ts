// The one way a spreadsheet reader gets at a zip's parts. It checks the directory's declared sizes before
// inflating anything, and does not trust them: every inflate is capped as well (zlib's maxOutputLength for a
// part held whole; a streamed part stops at its cap), against each part's cap and against the file's total.
// An XML part that declares a DOCTYPE or entities is refused (no spreadsheet writer makes one; an XML parser
// that expands entities would blow up). Each part's size and CRC are checked; a mismatch is a damaged file
// (ZipError), a cap passed is a SpreadsheetLimitError.
import * as zlib from 'node:zlib';
import type { ZipLimits } from './limits';
import { SpreadsheetLimitError, ZIP_LIMITS } from './limits';
import type { ZipEntry, ZipIndex } from './zip';
import { rawEntryData, readZipIndex, ZipError } from './zip';

/** Compressed input is fed in slices this size: a bomb's slice inflates to at most ~1,000 times as much. */
const FEED_BYTES = 16 * 1024;
const OUTPUT_CHUNK = 256 * 1024;
const MARKERS = ['doctype', 'entity'];

/** True when `data` holds `<!DOCTYPE` or `<!ENTITY` (either case), the markup of an entity declaration. */
export function declaresEntities(data: Uint8Array): boolean {
  const buffer = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  for (let at = buffer.indexOf('<!'); at >= 0; at = buffer.indexOf('<!', at + 2)) {
    const word = buffer.toString('latin1', at + 2, at + 9).toLowerCase();
    if (MARKERS.some((m) => word.startsWith(m))) return true;
  }
  return false;
}

export class GuardedZip {
  readonly index: ZipIndex;
  /** bytes inflated so far, by part (a part read twice counts once) */
  private readonly inflated = new Map<string, number>();
  private used = 0;
  /** parts already inflated in full and found sound: read again, they skip the CRC and DOCTYPE checks */
  private readonly verified = new Set<string>();

  constructor(private readonly bytes: Uint8Array, readonly limits: ZipLimits = ZIP_LIMITS) {
    this.index = readZipIndex(bytes);
    if (this.index.size > limits.entries) throw new SpreadsheetLimitError('entries', limits.entries, 'zip', this.index.size);
    let declared = 0;
    for (const entry of this.index.values()) {
      if (entry.size > limits.partBytes) throw new SpreadsheetLimitError('part-bytes', limits.partBytes, entry.name, entry.size);
      declared += entry.size;
    }
    if (declared > limits.totalBytes) throw new SpreadsheetLimitError('total-bytes', limits.totalBytes, 'zip', declared);
  }

  has(name: string): boolean {
    return this.index.has(name);
  }

  /** The size the directory declares for a part (for progress); null when there is no such part. */
  declaredSize(name: string): number | null {
    return this.index.get(name)?.size ?? null;
  }

  /** A part inflated whole, at most `cap` bytes (heldPartBytes unless smaller); null when there is none. */
  held(name: string, cap = this.limits.heldPartBytes): Buffer | null {
    const entry = this.index.get(name);
    if (!entry) return null;
    const limit = Math.min(cap, this.limits.heldPartBytes);
    if (entry.size > limit) throw new SpreadsheetLimitError('part-bytes', limit, name, entry.size);
    const raw = rawEntryData(this.bytes, entry);
    const room = this.room(name);
    let data: Buffer;
    try {
      data = entry.method === 0 ? Buffer.from(raw) : zlib.inflateRawSync(raw, { maxOutputLength: Math.max(1, Math.min(limit, room)) });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ERR_BUFFER_TOO_LARGE') throw new ZipError(`${name}: ${(e as Error).message}`);
      throw room < limit ? this.overTotal(name) : new SpreadsheetLimitError('part-bytes', limit, name);
    }
    if (data.length > limit) throw new SpreadsheetLimitError('part-bytes', limit, name, data.length);
    this.count(name, data.length);
    this.verify(entry, data.length, zlib.crc32(data));
    if (declaresEntities(data)) throw new SpreadsheetLimitError('xml-entities', 0, name);
    return data;
  }

  /** For a part streamed but kept in another form (the shared strings): refused past the held cap. */
  checkHeld(name: string, size = this.declaredSize(name) ?? 0): void {
    if (size > this.limits.heldPartBytes) throw new SpreadsheetLimitError('part-bytes', this.limits.heldPartBytes, name, size);
  }

  /** A held part as UTF-8 text. */
  text(name: string, cap?: number): string | null {
    return this.held(name, cap)?.toString('utf8') ?? null;
  }

  /** A part in chunks as it inflates, for parts too large to hold whole: stops at the caps, then checks. */
  async *chunks(name: string, signal?: AbortSignal): AsyncGenerator<Buffer> {
    const entry = this.index.get(name);
    if (!entry) return;
    const raw = rawEntryData(this.bytes, entry);
    const limit = this.limits.partBytes;
    const known = this.verified.has(name);
    let size = 0;
    let crc = 0;
    let tail: Buffer = Buffer.alloc(0);
    const take = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > limit) throw new SpreadsheetLimitError('part-bytes', limit, name, size);
      if (known) return;
      this.count(name, size);
      crc = zlib.crc32(chunk, crc);
      // a marker split between two chunks is seen in the joint
      if (declaresEntities(chunk) || declaresEntities(Buffer.concat([tail, chunk.subarray(0, 16)]))) {
        throw new SpreadsheetLimitError('xml-entities', 0, name);
      }
      tail = chunk.subarray(Math.max(0, chunk.length - 16));
    };
    if (entry.method === 0) {
      for (let at = 0; at < raw.length; at += OUTPUT_CHUNK) {
        signal?.throwIfAborted();
        const chunk = Buffer.from(raw.subarray(at, at + OUTPUT_CHUNK));
        take(chunk);
        yield chunk;
      }
    } else {
      yield* this.inflating(raw, name, take, signal);
    }
    if (known) return;
    this.verify(entry, size, crc);
    this.verified.add(name);
  }

  /** Inflates every part with the caps, keeping nothing: before a reader that has no caps of its own. */
  async verifyAll(maxTotal: number, signal?: AbortSignal): Promise<void> {
    let declared = 0;
    for (const entry of this.index.values()) declared += entry.size;
    if (declared > maxTotal) throw new SpreadsheetLimitError('total-bytes', maxTotal, 'zip', declared);
    for (const name of this.index.keys()) {
      // counted and checked by chunks(); the reader's own total is checked as they come
      for await (const chunk of this.chunks(name, signal)) {
        if (chunk.length > 0 && this.used > maxTotal) throw new SpreadsheetLimitError('total-bytes', maxTotal, 'zip', this.used);
      }
    }
  }

  private async *inflating(raw: Uint8Array, name: string, take: (chunk: Buffer) => void, signal?: AbortSignal): AsyncGenerator<Buffer> {
    const inflater = zlib.createInflateRaw({ chunkSize: OUTPUT_CHUNK });
    let offset = 0;
    const feed = (): void => {
      while (offset < raw.length) {
        const slice = raw.subarray(offset, offset + FEED_BYTES);
        offset += slice.length;
        if (!inflater.write(slice)) { inflater.once('drain', feed); return; }
      }
      inflater.end();
    };
    feed();
    try {
      for await (const chunk of inflater as AsyncIterable<Buffer>) {
        signal?.throwIfAborted();
        take(chunk);
        yield chunk;
      }
    } catch (e) {
      if (e instanceof SpreadsheetLimitError || (e instanceof Error && e.name === 'AbortError')) throw e;
      throw new ZipError(`${name}: ${(e as Error).message}`);
    } finally {
      inflater.destroy();
    }
  }

  /** Room left in the total for `name` (what it already used is its own to use again). */
  private room(name: string): number {
    return this.limits.totalBytes - this.used + (this.inflated.get(name) ?? 0);
  }

  private count(name: string, size: number): void {
    const before = this.inflated.get(name) ?? 0;
    if (size <= before) return;
    this.used += size - before;
    this.inflated.set(name, size);
    if (this.used > this.limits.totalBytes) throw this.overTotal(name);
  }

  private overTotal(name: string): SpreadsheetLimitError {
    return new SpreadsheetLimitError('total-bytes', this.limits.totalBytes, name, this.used);
  }

  private verify(entry: ZipEntry, size: number, crc: number): void {
    if (size !== entry.size) throw new ZipError(`${entry.name}: ${size} bytes, the directory says ${entry.size}`);
    if (crc >>> 0 !== entry.crc >>> 0) throw new ZipError(`${entry.name}: checksum mismatch`);
  }
}
