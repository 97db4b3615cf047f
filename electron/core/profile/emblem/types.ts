// What an emblem check answers, and the limits it applies.
import type { EmblemMime } from '../types';

/** An emblem prints about 2.5 cm wide: 4096 pixels a side is far more than any letterhead needs. */
export const MAX_EMBLEM_SIDE = 4096;
/** The decoded image data a PNG may announce (4096 × 4096 RGBA at 8 bits, with its row filter bytes). */
export const MAX_EMBLEM_RAW_BYTES = 4096 * (4096 * 4 + 1);

export type ImageRefusal =
  /** not an image of a kind we take */
  | { ok: false; reason: 'not-image' }
  /** the right kind, but damaged, truncated or with something else inside or after it */
  | { ok: false; reason: 'damaged' }
  | { ok: false; reason: 'dimensions'; width: number; height: number }
  /** an SVG that cannot be parsed, or one with a DOCTYPE (entities) */
  | { ok: false; reason: 'svg-unreadable' };

export type ImageCheck =
  | { ok: true; mime: EmblemMime; bytes: Buffer; width: number | null; height: number | null }
  | ImageRefusal;
