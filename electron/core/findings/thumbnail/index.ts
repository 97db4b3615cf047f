// Thumbnails of image evidence, made in core and sent to the page as a small data: URL (the page's CSP allows
// data: images; the stored file itself never crosses to the renderer, and no new route serves the evidence
// folder). PNG: decoded and downscaled here (png.ts). JPEG: the EXIF thumbnail the camera wrote (exif.ts).
// Anything else (a JPEG without one, GIF, WEBP, HEIC, PDF, video): null, and the screen shows the kind.
import type { EvidenceItem } from '../../evidence/types';
import { decodePng, downscale, encodePngRgba } from './png';
import { exifThumbnail } from './exif';

export const THUMBNAIL_SIDE = 160;
/** a bigger stored PNG is not decoded for a thumbnail */
const MAX_PNG_BYTES = 20 * 1024 * 1024;
/** a JPEG is read whole only to find its EXIF thumbnail near the start: a bigger one is not read */
const MAX_JPEG_BYTES = 50 * 1024 * 1024;

/** `read` gives the stored file's bytes (decrypted when it is kept encrypted). */
export function thumbnailOf(item: EvidenceItem, read: () => Buffer): string | null {
  if (item.kind !== 'file') return null;
  try {
    if (item.mime === 'image/png') {
      if (item.size > MAX_PNG_BYTES) return null;
      const img = decodePng(read());
      return img ? `data:image/png;base64,${encodePngRgba(downscale(img, THUMBNAIL_SIDE)).toString('base64')}` : null;
    }
    if (item.mime === 'image/jpeg') {
      if (item.size > MAX_JPEG_BYTES) return null;
      const thumb = exifThumbnail(read().subarray(0, 128 * 1024));
      return thumb ? `data:image/jpeg;base64,${thumb.toString('base64')}` : null;
    }
  } catch {
    return null;
  }
  return null;
}
