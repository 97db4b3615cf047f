// Pledge coverage per OPD as plain SVG bars (no chart library): the OPD furthest behind on top, the percent at
// the end of each bar, red below 50 %, amber below 80 %, green from 80 %.
import type { ConsolidatedOpd } from '../../../../electron/core/contract';
import { ui } from '../../lib/messages';
import { coverage, percentText } from './figures';

const BAR_H = 18;
const GAP = 6;
const LABEL_W = 260;
const BAR_W = 360;

function color(share: number): string {
  return share < 0.5 ? '#c50f1f' : share < 0.8 ? '#bc4b09' : '#107c10';
}

export function CoverageChart({ opds }: { opds: readonly ConsolidatedOpd[] }) {
  const rows = opds.map((o) => ({ name: o.opdName, share: coverage(o) })).filter((r): r is { name: string; share: number } => r.share !== null);
  if (rows.length === 0) return <p>{ui.consolidation.chartNoPledges}</p>;
  const height = rows.length * (BAR_H + GAP);
  return (
    <svg role="img" aria-label={ui.consolidation.chartTitle} viewBox={`0 0 ${LABEL_W + BAR_W + 60} ${height}`} width="100%" style={{ maxWidth: LABEL_W + BAR_W + 60 }} data-testid="coverage-chart">
      {rows.map((r, i) => {
        const y = i * (BAR_H + GAP);
        const name = r.name.length > 38 ? `${r.name.slice(0, 37)}…` : r.name;
        return (
          <g key={r.name}>
            <text x={LABEL_W - 8} y={y + BAR_H - 5} textAnchor="end" fontSize="12">{name}</text>
            <rect x={LABEL_W} y={y} width={BAR_W} height={BAR_H} fill="#edebe9" />
            <rect x={LABEL_W} y={y} width={Math.max(1, BAR_W * r.share)} height={BAR_H} fill={color(r.share)} />
            <text x={LABEL_W + BAR_W + 6} y={y + BAR_H - 5} fontSize="12">{percentText(r.share)}</text>
          </g>
        );
      })}
    </svg>
  );
}
