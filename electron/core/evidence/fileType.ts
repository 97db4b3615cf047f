// What kind of file an evidence file is, read from its first bytes (never from its name or the type the
// operating system claims): a file that calls itself .jpg but is not one is refused, and the stored file's
// extension comes from here.

export type EvidenceFileKind = 'image' | 'pdf' | 'video' | 'document';

export interface FileType {
  mime: string;
  ext: string;
  kind: EvidenceFileKind;
}

/** How many leading bytes detectFileType needs. */
export const TYPE_HEAD_BYTES = 32;

const ascii = (head: Uint8Array, at: number, text: string) => {
  if (head.length < at + text.length) return false;
  for (let i = 0; i < text.length; i++) if (head[at + i] !== text.charCodeAt(i)) return false;
  return true;
};

const bytes = (head: Uint8Array, at: number, expected: readonly number[]) =>
  head.length >= at + expected.length && expected.every((b, i) => head[at + i] === b);

// ISO base media (MP4, MOV, 3GP, HEIC) brands, by the major brand at offset 8
const VIDEO_BRANDS: Record<string, FileType> = {
  qt: { mime: 'video/quicktime', ext: 'mov', kind: 'video' },
  '3gp': { mime: 'video/3gpp', ext: '3gp', kind: 'video' },
  '3g2': { mime: 'video/3gpp2', ext: '3g2', kind: 'video' },
};
const IMAGE_BRANDS: Record<string, FileType> = {
  heic: { mime: 'image/heic', ext: 'heic', kind: 'image' },
  heix: { mime: 'image/heic', ext: 'heic', kind: 'image' },
  mif1: { mime: 'image/heif', ext: 'heif', kind: 'image' },
  avif: { mime: 'image/avif', ext: 'avif', kind: 'image' },
};

function isoMedia(head: Uint8Array): FileType | null {
  if (!ascii(head, 4, 'ftyp') || head.length < 12) return null;
  const brand = String.fromCharCode(...head.subarray(8, 12)).trim().toLowerCase();
  if (IMAGE_BRANDS[brand]) return IMAGE_BRANDS[brand];
  const short = brand.slice(0, 3);
  return VIDEO_BRANDS[brand] ?? VIDEO_BRANDS[short] ?? { mime: 'video/mp4', ext: 'mp4', kind: 'video' };
}

/** The type of a file from its first TYPE_HEAD_BYTES bytes; null when it is none the evidence store accepts. */
export function detectFileType(head: Uint8Array): FileType | null {
  if (bytes(head, 0, [0xff, 0xd8, 0xff])) return { mime: 'image/jpeg', ext: 'jpg', kind: 'image' };
  if (bytes(head, 0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { mime: 'image/png', ext: 'png', kind: 'image' };
  if (ascii(head, 0, 'GIF87a') || ascii(head, 0, 'GIF89a')) return { mime: 'image/gif', ext: 'gif', kind: 'image' };
  if (ascii(head, 0, 'RIFF') && ascii(head, 8, 'WEBP')) return { mime: 'image/webp', ext: 'webp', kind: 'image' };
  if (ascii(head, 0, 'RIFF') && ascii(head, 8, 'AVI ')) return { mime: 'video/x-msvideo', ext: 'avi', kind: 'video' };
  if (ascii(head, 0, 'BM') && head.length >= 14) return { mime: 'image/bmp', ext: 'bmp', kind: 'image' };
  if (ascii(head, 0, '%PDF-')) return { mime: 'application/pdf', ext: 'pdf', kind: 'pdf' };
  if (bytes(head, 0, [0x1a, 0x45, 0xdf, 0xa3])) return { mime: 'video/webm', ext: 'webm', kind: 'video' };
  const iso = isoMedia(head);
  if (iso) return iso;
  return null;
}
