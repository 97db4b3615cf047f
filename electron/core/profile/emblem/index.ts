// The emblem check: what the bytes are (never the name or a claimed type), whether they are whole, and the
// bytes to store — a PNG or JPEG rebuilt without metadata, an SVG rebuilt from its allowed parts.
import { UserError } from '../../errors';
import type { EmblemMime } from '../types';
import { checkJpeg, isJpegSignature } from './jpeg';
import { checkPng, isPngSignature } from './png';
import { sanitizeSvg } from './svg';
import type { ImageCheck } from './types';
import { MAX_EMBLEM_SIDE } from './types';

export { MAX_EMBLEM_SIDE } from './types';

/** Looks at the bytes alone: PNG and JPEG by signature, SVG by being XML whose root is <svg>. */
export function inspectEmblem(bytes: Buffer): ImageCheck {
  if (isPngSignature(bytes)) return checkPng(bytes);
  if (isJpegSignature(bytes)) return checkJpeg(bytes);
  return sanitizeSvg(bytes);
}

/** The emblem as it is stored, or the UserError that says why not. */
export function checkEmblem(bytes: Buffer): { mime: EmblemMime; bytes: Buffer } {
  const checked = inspectEmblem(bytes);
  if (checked.ok) return { mime: checked.mime, bytes: checked.bytes };
  switch (checked.reason) {
    case 'not-image': throw new UserError('emblem-not-image');
    case 'damaged': throw new UserError('emblem-damaged');
    case 'svg-unreadable': throw new UserError('emblem-svg-unreadable');
    case 'dimensions': throw new UserError('emblem-dimensions', { width: String(checked.width), height: String(checked.height), max: String(MAX_EMBLEM_SIDE) });
  }
}
