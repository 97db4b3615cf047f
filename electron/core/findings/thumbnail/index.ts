// Thumbnails of image evidence, made in core and sent to the page as a small data: URL (the page's CSP allows
// data: images; the stored file itself never crosses to the renderer, and no new route serves the evidence
// folder). PNG: decoded and downscaled here (png.ts). JPEG: the EXIF thumbnail the camera wrote (exif.ts).
// Anything else (a JPEG without one, GIF, WEBP, HEIC, PDF, video): null, and the screen shows the kind.
import fs from 'node:fs';
import type { EvidenceItem } from '../../evidence/types';
import { decodePng, downscale, encodePngRgba } from './png';
import { exifThumbnail } from './exif';

export const THUMBNAIL_SIDE = 160;
/** a bigger stored PNG is not decoded for a thumbnail */
const MAX_PNG_BYTES = 20 * 1024 * 1024;

export function thumbnailOf(item: EvidenceItem, file: string): string | null {
  if (item.kind !== 'file') return null;
  try {
    if (item.mime === 'image/png') {
      if (fs.statSync(file).size > MAX_PNG_BYTES) return null;
      const img = decodePng(fs.readFileSync(file));
      return img ? `data:image/png;base64,${encodePngRgba(downscale(img, THUMBNAIL_SIDE)).toString('base64')}` : null;
    }
    if (item.mime === 'image/jpeg') {
      const head = Buffer.alloc(Math.min(fs.statSync(file).size, 128 * 1024));
      const fd = fs.openSync(file, 'r');
      try { fs.readSync(fd, head, 0, head.length, 0); } finally { fs.closeSync(fd); }
      const thumb = exifThumbnail(head);
      return thumb ? `data:image/jpeg;base64,${thumb.toString('base64')}` : null;
    }
  } catch {
    return null;
  }
  return null;
}
