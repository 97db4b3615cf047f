// The import preview's active staff who are not in the file, by name. They are left as they are, unless the user
// picks some (or all) and marks them as left — mutasi by default, with a date — in the same commit.
import { Checkbox, Field, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { MissingStaff as Missing } from '../../../../electron/core/staff/import/previewTypes';
import type { LeftReason } from '../../../../electron/core/staff/types';
import { fill, ui } from '../../lib/messages';
import { DateInput } from './DateInput';
import { LEFT_REASON_OPTIONS, formatCount, formatIdentifier, leftReasonLabel } from './labels';

/** more than this is chosen with "Pilih semua", not one by one */
const SHOWN = 500;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '6px' },
  head: { display: 'flex', alignItems: 'baseline', gap: '10px', flexWrap: 'wrap' },
  title: { fontWeight: tokens.fontWeightSemibold },
  hint: { color: tokens.colorNeutralForeground3 },
  list: {
    margin: 0, padding: '2px 0', listStyle: 'none', overflowY: 'auto', border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  item: {
    display: 'grid', gridTemplateColumns: 'minmax(200px, 2fr) 184px minmax(140px, 1.5fr) minmax(140px, 1.5fr)', alignItems: 'center',
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`, paddingRight: '6px',
  },
  cell: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', fontSize: tokens.fontSizeBase200 },
  num: { fontVariantNumeric: 'tabular-nums' },
  more: { padding: '4px 8px', color: tokens.colorNeutralForeground3 },
  leave: { display: 'flex', alignItems: 'end', gap: '12px', flexWrap: 'wrap' },
  reason: { width: '170px' },
  date: { width: '150px' },
});

const w = ui.roster.wizard;

export interface LeaveChoice {
  reason: LeftReason;
  /** YYYY-MM-DD; null while the typed date is no date */
  date: string | null;
}

export interface MissingStaffProps {
  missing: Missing[];
  chosen: ReadonlySet<number>;
  onChosen: (chosen: Set<number>) => void;
  leave: LeaveChoice;
  onLeave: (leave: LeaveChoice) => void;
  dateError?: string;
  maxHeight: number;
}

export function MissingStaff({ missing, chosen, onChosen, leave, onLeave, dateError, maxHeight }: MissingStaffProps) {
  const styles = useStyles();
  const all = missing.length > 0 && chosen.size === missing.length;
  const some = chosen.size > 0 && !all;
  const toggle = (id: number, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    onChosen(next);
  };
  return (
    <section className={styles.root} aria-label={w.missingList} data-testid="import-missing">
      <div className={styles.head}>
        <Text className={styles.title}>{fill(w.missingTitle, { count: formatCount(missing.length) })}</Text>
        <Text size={200} className={styles.hint}>{w.missingHint}</Text>
      </div>
      <Checkbox label={w.missingSelectAll} checked={all ? true : some ? 'mixed' : false}
        onChange={(_, d) => onChosen(d.checked === true ? new Set(missing.map((m) => m.id)) : new Set())} />
      <ul className={styles.list} style={{ maxHeight: `${maxHeight}px` }} aria-label={w.missingList}>
        {missing.slice(0, SHOWN).map((m) => (
          <li key={m.id} className={styles.item} data-testid={`missing-${m.id}`}>
            <Checkbox label={m.name} checked={chosen.has(m.id)} onChange={(_, d) => toggle(m.id, d.checked === true)} />
            <span className={`${styles.cell} ${styles.num}`}>{formatIdentifier(m)}</span>
            <span className={styles.cell} title={m.position ?? undefined}>{m.position}</span>
            <span className={styles.cell} title={m.unit ?? undefined}>{m.unit}</span>
          </li>
        ))}
        {missing.length > SHOWN && <li className={styles.more}>{fill(w.missingMore, { count: formatCount(missing.length - SHOWN) })}</li>}
      </ul>
      {chosen.size > 0 && (
        <div className={styles.leave}>
          <Text className={styles.title}>{fill(w.missingChosen, { count: formatCount(chosen.size) })}</Text>
          <Field label={ui.roster.left.reason} className={styles.reason}>
            <Select value={leave.reason} onChange={(_, d) => onLeave({ ...leave, reason: d.value as LeftReason })}>
              {LEFT_REASON_OPTIONS.map((r) => <option key={r} value={r}>{leftReasonLabel(r)}</option>)}
            </Select>
          </Field>
          <Field label={ui.roster.left.date} className={styles.date} validationMessage={dateError} validationState={dateError ? 'error' : 'none'}>
            <DateInput name="leftDate" value={leave.date ?? ''} onChange={(iso) => onLeave({ ...leave, date: iso })} />
          </Field>
        </div>
      )}
    </section>
  );
}
