// The share signed as a plain SVG ring with the figure in its middle.
import { tokens } from '@fluentui/react-components';
import { fill, ui } from '../../lib/messages';
import { percent } from '../pledges/labels';

export function CoverageRing({ value, size = 96 }: { value: number; size?: number }) {
  const r = size / 2 - 8;
  const length = 2 * Math.PI * r;
  const color = value < 50 ? tokens.colorPaletteRedForeground1 : value < 80 ? tokens.colorPaletteMarigoldForeground1 : tokens.colorPaletteGreenForeground1;
  return (
    <svg width={size} height={size} viewBox={`0 0 ${size} ${size}`} role="img" aria-label={fill(ui.home.ring, { percent: percent(value) })}>
      <circle cx={size / 2} cy={size / 2} r={r} fill="none" stroke={tokens.colorNeutralBackground5} strokeWidth={12} />
      <circle cx={size / 2} cy={size / 2} r={r} fill="none" stroke={color} strokeWidth={12} strokeLinecap="butt"
        strokeDasharray={`${(length * Math.min(100, value)) / 100} ${length}`} transform={`rotate(-90 ${size / 2} ${size / 2})`} />
      <text x="50%" y="50%" dominantBaseline="central" textAnchor="middle" fontSize={size / 5} fontWeight={600} fill={tokens.colorNeutralForeground1}>{percent(value)}%</text>
    </svg>
  );
}
