// The checksum of a recap's figures: SHA-256 over the format version, the OPD code, the period and every keyed
// Ringkasan figure, in the order written. The consolidation computes it again from the cells it reads: a figure
// edited by hand (or a row deleted) no longer matches, and the recap is listed as a problem.
import crypto from 'node:crypto';

export interface ChecksumInput {
  formatVersion: number;
  opdCode: string;
  from: string;
  to: string;
  lines: readonly { key: string; period: number | null; cumulative: number }[];
}

export function figuresChecksum(c: ChecksumInput): string {
  const text = [
    `format=${c.formatVersion}`, `opd=${c.opdCode}`, `from=${c.from}`, `to=${c.to}`,
    ...c.lines.map((l) => `${l.key}=${l.period ?? ''}/${l.cumulative}`),
  ].join('\n');
  return crypto.createHash('sha256').update(text, 'utf8').digest('hex');
}
