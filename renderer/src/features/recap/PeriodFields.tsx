// "Dari tanggal" … "Sampai tanggal", with this week and last week one click away.
import { Button, Field, Input, makeStyles } from '@fluentui/react-components';
import type { RecapPeriod } from '../../../../electron/core/contract';
import { ui } from '../../lib/messages';
import { shiftWeek } from './period';

const useStyles = makeStyles({
  row: { display: 'flex', gap: '12px', alignItems: 'flex-end', flexWrap: 'wrap' },
});

export interface PeriodFieldsProps {
  value: RecapPeriod;
  thisWeek: RecapPeriod;
  onChange: (p: RecapPeriod) => void;
  idPrefix: string;
}

export function PeriodFields({ value, thisWeek, onChange, idPrefix }: PeriodFieldsProps) {
  const styles = useStyles();
  const t = ui.recap;
  return (
    <div className={styles.row}>
      <Field label={t.periodFrom}>
        <Input id={`${idPrefix}-from`} type="date" value={value.from} onChange={(_, d) => onChange({ ...value, from: d.value })} />
      </Field>
      <Field label={t.periodTo}>
        <Input id={`${idPrefix}-to`} type="date" value={value.to} onChange={(_, d) => onChange({ ...value, to: d.value })} />
      </Field>
      <Button onClick={() => onChange(thisWeek)}>{t.thisWeek}</Button>
      <Button onClick={() => onChange(shiftWeek(thisWeek, -1))}>{t.lastWeek}</Button>
    </div>
  );
}
