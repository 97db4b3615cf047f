// A minimal zip writer for backups: each entry is given whole (the database, one evidence file, the manifest),
// stored (evidence is already compressed: photos, PDF, video) or deflated (the database, the manifest). No zip64:
// a backup stays under 4 GB (BACKUP_LIMITS), which the reader checks too. Written straight to a file descriptor
// so that a large backup is never held in memory as a whole.
import fs from 'node:fs';
import zlib from 'node:zlib';

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const EOCD = 0x06054b50;
const UTF8_NAMES = 0x0800;
const MAX_32 = 0xffffffff;

interface Written {
  name: Buffer;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
}

/** 1980-01-01 00:00 in DOS time: entries carry no time of their own (the manifest has the date). */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

export class ZipWriter {
  private offset = 0;
  private readonly entries: Written[] = [];

  constructor(private readonly fd: number) {}

  private write(bytes: Uint8Array): void {
    let at = 0;
    while (at < bytes.byteLength) at += fs.writeSync(this.fd, bytes, at, bytes.byteLength - at);
    this.offset += bytes.byteLength;
    if (this.offset > MAX_32) throw new Error('zip too large for a backup without zip64');
  }

  add(entryName: string, data: Uint8Array, compress: boolean): void {
    const name = Buffer.from(entryName, 'utf8');
    const body = compress ? zlib.deflateRawSync(data, { level: 6 }) : data;
    const method = compress ? 8 : 0;
    const crc = zlib.crc32(data) >>> 0;
    const header = Buffer.alloc(30);
    header.writeUInt32LE(LOCAL, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(UTF8_NAMES, 6);
    header.writeUInt16LE(method, 8);
    header.writeUInt16LE(0, 10);
    header.writeUInt16LE(DOS_DATE, 12);
    header.writeUInt32LE(crc, 14);
    header.writeUInt32LE(body.byteLength, 18);
    header.writeUInt32LE(data.byteLength, 22);
    header.writeUInt16LE(name.length, 26);
    header.writeUInt16LE(0, 28);
    const offset = this.offset;
    this.write(header);
    this.write(name);
    this.write(body);
    this.entries.push({ name, method, crc, compressedSize: body.byteLength, size: data.byteLength, offset });
  }

  /** Writes the central directory and the end record; the caller fsyncs and closes. */
  finish(): void {
    const start = this.offset;
    for (const e of this.entries) {
      const h = Buffer.alloc(46);
      h.writeUInt32LE(CENTRAL, 0);
      h.writeUInt16LE(20, 4);
      h.writeUInt16LE(20, 6);
      h.writeUInt16LE(UTF8_NAMES, 8);
      h.writeUInt16LE(e.method, 10);
      h.writeUInt16LE(0, 12);
      h.writeUInt16LE(DOS_DATE, 14);
      h.writeUInt32LE(e.crc, 16);
      h.writeUInt32LE(e.compressedSize, 20);
      h.writeUInt32LE(e.size, 24);
      h.writeUInt16LE(e.name.length, 28);
      h.writeUInt32LE(e.offset, 42);
      this.write(h);
      this.write(e.name);
    }
    if (this.entries.length > 0xffff) throw new Error('too many entries for a backup without zip64');
    const end = Buffer.alloc(22);
    end.writeUInt32LE(EOCD, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(this.offset - start, 12);
    end.writeUInt32LE(start, 16);
    this.write(end);
  }
}
