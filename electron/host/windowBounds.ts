// Restored window bounds must land on a display that is connected now: a laptop unplugged from its monitor
// would otherwise open the window off-screen. Plain data in, plain data out (screen.getAllDisplays() in main).
import type { WindowBounds } from './windowOptions';
import { DEFAULT_BOUNDS } from './windowOptions';

export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** How much of the window must be visible on some display to keep its position (its title bar, roughly). */
const MIN_VISIBLE = 100;

function overlap(a: Area, b: Area): { w: number; h: number } {
  return {
    w: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    h: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/**
 * The saved bounds when enough of the window is on a connected display's work area (shrunk to fit it);
 * otherwise the saved size, fitted and centred on the primary (first) display.
 */
export function clampToDisplays(saved: WindowBounds | undefined, workAreas: readonly Area[]): WindowBounds {
  const primary = workAreas[0];
  if (!saved) return DEFAULT_BOUNDS;
  if (!primary) return { width: saved.width, height: saved.height };
  if (saved.x !== undefined && saved.y !== undefined) {
    const win: Area = { x: saved.x, y: saved.y, width: saved.width, height: saved.height };
    const home = workAreas.find((d) => {
      const o = overlap(win, d);
      return o.w >= MIN_VISIBLE && o.h >= MIN_VISIBLE / 2;
    });
    if (home) {
      const width = Math.min(saved.width, home.width);
      const height = Math.min(saved.height, home.height);
      const x = Math.min(Math.max(saved.x, home.x), home.x + home.width - width);
      const y = Math.min(Math.max(saved.y, home.y), home.y + home.height - height);
      return { x, y, width, height };
    }
  }
  const width = Math.min(saved.width, primary.width);
  const height = Math.min(saved.height, primary.height);
  return {
    x: primary.x + Math.round((primary.width - width) / 2),
    y: primary.y + Math.round((primary.height - height) / 2),
    width,
    height,
  };
}
