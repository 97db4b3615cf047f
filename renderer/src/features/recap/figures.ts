// Reading a consolidated OPD's figures for the screen (the keys are the recap format's: docs/recap-format.md).
import type { ConsolidatedOpd } from '../../../../electron/core/contract';

export function figure(o: Pick<ConsolidatedOpd, 'figures'>, key: string): number | null {
  return o.figures[key]?.cumulative ?? null;
}

/** signed / target; null when the recap has no pledge figures. */
export function coverage(o: Pick<ConsolidatedOpd, 'figures'>): number | null {
  const target = figure(o, 'pledges.target');
  const signed = figure(o, 'pledges.signed');
  if (target === null || signed === null) return null;
  return target === 0 ? 0 : signed / target;
}

export function percentText(share: number): string {
  return `${(Math.round(share * 1000) / 10).toLocaleString('id-ID')}%`;
}

export function countText(n: number | null): string {
  return n === null ? '–' : n.toLocaleString('id-ID');
}
