// A worksheet read as its part inflates, never held whole. A first pass streams the part through the guard —
// its size, CRC and DOCTYPE are checked in full before any row is read — and keeps only what follows
// </sheetData> (the merged ranges, which rows must know before they are read); the second pass scans the rows,
// one window of text at a time, each window a batch. How much of the part has been read is the progress.
import type { RawRow } from './cells';
import { MergeFill } from './mergeFill';
import type { MergeRange, SheetHead } from './sheetMeta';
import { mergeRanges, sheetHead as headOf } from './sheetMeta';
import type { ScanContext } from './sheetScan';
import { SheetScanner } from './sheetScan';
import type { GuardedZip } from './zipGuard';

const END = Buffer.from('</sheetData>');
/** Merged ranges take ~30 bytes each: 8 MB is a quarter of a million of them. */
const MAX_TAIL_BYTES = 8 * 1024 * 1024;
const HEAD_BYTES = 64 * 1024;

/** The root element and <dimension>, from the first chunk of the part. */
export async function sheetHead(zip: GuardedZip, path: string, signal?: AbortSignal): Promise<SheetHead> {
  const chunks = zip.chunks(path, signal);
  try {
    const first = await chunks.next();
    return headOf(first.done ? '' : first.value.toString('utf8', 0, HEAD_BYTES));
  } finally {
    await chunks.return(undefined);
  }
}

/** Pass one: the whole part through the guard; the merged ranges from its tail. */
async function mergesOf(zip: GuardedZip, path: string, signal?: AbortSignal): Promise<MergeRange[]> {
  let tail: Buffer[] | null = null;
  let tailBytes = 0;
  let carry = Buffer.alloc(0);
  for await (const chunk of zip.chunks(path, signal)) {
    if (tail) {
      if (tailBytes < MAX_TAIL_BYTES) { tail.push(chunk); tailBytes += chunk.length; }
      continue;
    }
    // </sheetData> may straddle two chunks: look in the joint too (a hit there may start in the carry)
    const inJoint = Buffer.concat([carry, chunk.subarray(0, END.length - 1)]).indexOf(END);
    const inChunk = inJoint >= 0 ? -1 : chunk.indexOf(END);
    if (inJoint >= 0 || inChunk >= 0) {
      tail = [chunk.subarray(Math.max(0, inJoint >= 0 ? inJoint - carry.length : inChunk))];
      tailBytes = chunk.length;
    } else {
      carry = Buffer.from(chunk.subarray(Math.max(0, chunk.length - END.length)));
    }
  }
  return tail ? mergeRanges(Buffer.concat(tail).toString('utf8')) : [];
}

/**
 * Decodes a part's chunks to text; with a namespace prefix (<x:row>), drops it from every element name so the
 * scanner reads plain names. A prefix cut by a chunk boundary waits for the next chunk.
 */
export class PartText {
  private readonly decoder = new TextDecoder();
  private carry = '';

  constructor(private readonly prefix: string | null) {}

  chunk(bytes: Buffer): string {
    return this.plain(this.decoder.decode(bytes, { stream: true }), false);
  }

  end(): string {
    return this.plain(this.decoder.decode(), true);
  }

  private plain(decoded: string, final: boolean): string {
    if (!this.prefix) return decoded;
    let text = this.carry + decoded;
    this.carry = '';
    const lastOpen = text.lastIndexOf('<');
    if (!final && lastOpen >= 0 && text.length - lastOpen <= this.prefix.length + 1) {
      this.carry = text.slice(lastOpen);
      text = text.slice(0, lastOpen);
    }
    return text.replaceAll(`<${this.prefix}`, '<').replaceAll(`</${this.prefix}`, '</');
  }
}

export interface StreamedRows {
  rows: AsyncIterable<RawRow[]>;
  /** How much of the sheet has been read, 0 to 1; null when its size is unknown. */
  readFraction(): number | null;
}

/** The rows of a worksheet part, a batch per window of XML read; `prefix`: its elements' namespace prefix. */
export function sheetRows(zip: GuardedZip, path: string, ctx: ScanContext, prefix: string | null, signal?: AbortSignal): StreamedRows {
  const size = zip.declaredSize(path);
  let consumed = 0;
  async function* rows(): AsyncGenerator<RawRow[]> {
    const fill = new MergeFill(await mergesOf(zip, path, signal));
    const scanner = new SheetScanner(ctx);
    const text = new PartText(prefix);
    const filled = (batch: RawRow[]): RawRow[] => {
      if (!fill.empty) for (const row of batch) fill.apply(row);
      return batch;
    };
    for await (const chunk of zip.chunks(path, signal)) {
      consumed += chunk.length;
      const batch = scanner.push(text.chunk(chunk));
      if (batch.length > 0) yield filled(batch);
    }
    const last = [...scanner.push(text.end()), ...scanner.end()];
    consumed = size ?? consumed;
    if (last.length > 0) yield filled(last);
  }
  return { rows: rows(), readFraction: () => (size ? Math.min(1, consumed / size) : null) };
}
