// Coverage per unit as plain HTML bars (no canvas; each bar also said as text for a screen reader): the units furthest
// behind first, a unit under half signed in red.
import { Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { UnitCoverage } from '../../../../electron/core/contract';
import { fill, ui } from '../../lib/messages';
import { percent, unitName } from './labels';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '4px', overflowY: 'auto', minHeight: 0 },
  item: { display: 'grid', gridTemplateColumns: 'minmax(180px, 1.5fr) minmax(80px, 1fr) 96px', gap: '8px', alignItems: 'center' },
  // two lines at most: "Bidang Pembinaan Sekolah Dasar" and "… Menengah Pertama" must be told apart
  name: { overflow: 'hidden', display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', lineHeight: tokens.lineHeightBase200, fontSize: tokens.fontSizeBase200 },
  track: { height: '12px', backgroundColor: tokens.colorNeutralBackground5, borderRadius: '6px', overflow: 'hidden' },
  bar: { height: '100%', backgroundColor: tokens.colorPaletteGreenBackground3 },
  behind: { backgroundColor: tokens.colorPaletteRedBackground3 },
  middle: { backgroundColor: tokens.colorPaletteMarigoldBackground3 },
  figure: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
});

export function UnitBars({ units, max }: { units: UnitCoverage[]; max?: number }) {
  const styles = useStyles();
  const shown = max === undefined ? units : units.slice(0, max);
  return (
    <ul className={styles.list} aria-label={ui.pledges.perUnit}>
      {shown.map((u) => (
        <li key={u.unitId ?? 0} className={styles.item} aria-label={fill(ui.pledges.unitBar, { name: unitName(u.unitName), signed: u.signed, target: u.target, percent: percent(u.percent) })}>
          <Text className={styles.name} title={unitName(u.unitName)}>{unitName(u.unitName)}</Text>
          <div className={styles.track} aria-hidden>
            <div className={mergeClasses(styles.bar, u.percent < 50 ? styles.behind : u.percent < 80 ? styles.middle : undefined)} style={{ width: `${Math.min(100, u.percent)}%` }} />
          </div>
          <Text className={styles.figure}>{u.signed}/{u.target} · {percent(u.percent)}%</Text>
        </li>
      ))}
    </ul>
  );
}
