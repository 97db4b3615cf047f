// Restored bounds must be on a connected display (a laptop unplugged from its monitor).
import { describe, expect, it } from 'vitest';
import { clampToDisplays } from '../../../electron/host/windowBounds';
import { DEFAULT_BOUNDS } from '../../../electron/host/windowOptions';

const LAPTOP = { x: 0, y: 0, width: 1366, height: 728 };
const MONITOR_RIGHT = { x: 1366, y: 0, width: 1920, height: 1040 };

describe('window bounds', () => {
  it('keeps bounds that are on a connected display', () => {
    const saved = { x: 1500, y: 100, width: 1280, height: 720 };
    expect(clampToDisplays(saved, [LAPTOP, MONITOR_RIGHT])).toEqual(saved);
  });

  it('brings a window saved on a monitor that is gone back onto the laptop, fitted and centred', () => {
    const saved = { x: 1500, y: 100, width: 1600, height: 900 };
    expect(clampToDisplays(saved, [LAPTOP])).toEqual({ x: 0, y: 0, width: 1366, height: 728 });
    const small = { x: 2500, y: 300, width: 1000, height: 600 };
    expect(clampToDisplays(small, [LAPTOP])).toEqual({ x: 183, y: 64, width: 1000, height: 600 });
  });

  it('pulls a window that hangs off the edge back inside its display', () => {
    expect(clampToDisplays({ x: 1000, y: -40, width: 1280, height: 720 }, [LAPTOP])).toEqual({ x: 86, y: 0, width: 1280, height: 720 });
  });

  it('uses the defaults with nothing saved, and the saved size without any display information', () => {
    expect(clampToDisplays(undefined, [LAPTOP])).toEqual(DEFAULT_BOUNDS);
    expect(clampToDisplays({ x: 5, y: 5, width: 900, height: 600 }, [])).toEqual({ width: 900, height: 600 });
  });
});
