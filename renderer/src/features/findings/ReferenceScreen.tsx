// Pengaturan > Katalog Pelanggaran: the violation catalog (SKB 2022 Lampiran II, seeded) with its entries retired
// or restored (never deleted while used: an old finding keeps showing its entry) and new ones added; the national
// holidays and cuti bersama the working-day deadline skips, by year, added or removed.
import { useCallback, useEffect, useState } from 'react';
import {
  Badge, Button, Field, Input, Select, Spinner, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens,
} from '@fluentui/react-components';
import type { Holiday, ViolationType } from '../../../../electron/core/contract';
import { call } from '../../lib/api';
import { fill, formatDateLong, ui } from '../../lib/messages';
import { useNotify } from '../../components/toast';
import { useFail } from '../../lib/useFail';
import type { ScreenProps } from '../../screens';
import { useCardStyles } from './styles';

const f = ui.findings;
const r = f.reference;
type Level = keyof typeof f.levels;
const LEVELS = Object.keys(f.levels) as Level[];

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '12px', padding: '12px 20px 20px' },
  title: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  hint: { color: tokens.colorNeutralForeground3 },
  form: { display: 'grid', gridTemplateColumns: '80px 2fr 2fr 1fr 1fr', gap: '8px', alignItems: 'end' },
  formButton: { gridColumn: '1 / -1', justifySelf: 'start' },
  holidayForm: { display: 'grid', gridTemplateColumns: '160px 2fr 1fr auto', gap: '8px', alignItems: 'end' },
  retired: { color: tokens.colorNeutralForeground4 },
});

const NEW_TYPE = { code: '', act: '', ethicsForm: '', before: '' as Level | '', after: '' as Level | '' };

export function ReferenceScreen({ readOnly }: ScreenProps) {
  const styles = useStyles();
  const card = useCardStyles();
  const notify = useNotify();
  const fail = useFail();
  const [types, setTypes] = useState<ViolationType[] | null>(null);
  const [holidays, setHolidays] = useState<Holiday[]>([]);
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [draft, setDraft] = useState(NEW_TYPE);
  const [day, setDay] = useState<Holiday>({ date: '', name: '', kind: 'LIBUR' });
  const load = useCallback(async () => {
    const [t, h] = await Promise.all([call('findings.catalog', {}), call('findings.holidays', {})]);
    setTypes(t);
    setHolidays(h);
  }, []);
  useEffect(() => void load().catch(fail), [load, fail]);
  if (!types) return <Spinner label={ui.common.loading} />;

  const run = (work: () => Promise<unknown>) => void work().then(load).catch(fail);
  const years = [...new Set([...holidays.map((h) => h.date.slice(0, 4)), year])].sort();
  const level = (l: Level | null) => (l ? f.levels[l] : r.levelNone);
  return (
    <div className={styles.root}>
      <Text as="h1" className={styles.title}>{r.title}</Text>
      <Text className={styles.hint}>{r.intro}</Text>
      <section className={card.card} aria-label={r.catalog}>
        <Text weight="semibold">{r.catalog}</Text>
        <Table size="extra-small" aria-label={r.catalog}>
          <TableHeader>
            <TableRow>
              {([[r.code, '56px'], [r.act, '36%'], [r.ethicsForm, '24%'], [r.levelBefore, '12%'], [r.levelAfter, '12%'], [r.usedBy, '64px'], ['', '130px']] as const)
                .map(([h, width]) => <TableHeaderCell key={h} style={{ width }}>{h}</TableHeaderCell>)}
            </TableRow>
          </TableHeader>
          <TableBody>
            {types.map((t) => (
              <TableRow key={t.id} className={t.retired ? styles.retired : undefined}>
                <TableCell>{t.code}</TableCell>
                <TableCell>{t.act}{t.retired && <Badge appearance="tint" color="warning">{r.retiredBadge}</Badge>}</TableCell>
                <TableCell>{t.ethicsForm ?? r.levelNone}</TableCell>
                <TableCell>{level(t.disciplineLevelBefore)}</TableCell>
                <TableCell>{level(t.disciplineLevelAfter)}</TableCell>
                <TableCell>{t.usedBy}</TableCell>
                <TableCell>
                  <Button size="small" disabled={readOnly} onClick={() => run(() => call('findings.catalogRetire', { id: t.id, retired: !t.retired }))}>
                    {t.retired ? r.restore : r.retire}
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        {!readOnly && (
          <div className={styles.form} role="group" aria-label={r.addType}>
            <Field label={r.code}><Input value={draft.code} onChange={(_, d) => setDraft({ ...draft, code: d.value })} /></Field>
            <Field label={r.act}><Input value={draft.act} onChange={(_, d) => setDraft({ ...draft, act: d.value })} /></Field>
            <Field label={r.ethicsForm}><Input value={draft.ethicsForm} onChange={(_, d) => setDraft({ ...draft, ethicsForm: d.value })} /></Field>
            <Field label={r.levelBefore}>
              <Select value={draft.before} onChange={(_, d) => setDraft({ ...draft, before: d.value as Level | '' })}>
                <option value="">{r.levelNone}</option>{LEVELS.map((l) => <option key={l} value={l}>{f.levels[l]}</option>)}
              </Select>
            </Field>
            <Field label={r.levelAfter}>
              <Select value={draft.after} onChange={(_, d) => setDraft({ ...draft, after: d.value as Level | '' })}>
                <option value="">{r.levelNone}</option>{LEVELS.map((l) => <option key={l} value={l}>{f.levels[l]}</option>)}
              </Select>
            </Field>
            <Button className={styles.formButton} onClick={() => run(async () => {
              await call('findings.catalogSave', {
                code: draft.code, act: draft.act, ethicsForm: draft.ethicsForm || null, disciplineLevelBefore: draft.before || null,
                disciplineLevelAfter: draft.after || null, nonAsnNote: '', villageNote: '',
              });
              setDraft(NEW_TYPE);
              notify(r.typeSaved);
            })}>{r.addType}</Button>
          </div>
        )}
      </section>
      <section className={card.card} aria-label={r.holidays}>
        <div className={card.row}>
          <Text weight="semibold">{r.holidays}</Text>
          <Select aria-label={r.year} value={year} onChange={(_, d) => setYear(d.value)}>{years.map((y) => <option key={y} value={y}>{y}</option>)}</Select>
        </div>
        <Table size="extra-small" aria-label={r.holidays}>
          <TableHeader><TableRow>{[r.holidayDate, r.holidayName, r.holidayKind, ''].map((h) => <TableHeaderCell key={h}>{h}</TableHeaderCell>)}</TableRow></TableHeader>
          <TableBody>
            {holidays.filter((h) => h.date.startsWith(year)).map((h) => (
              <TableRow key={h.date}>
                <TableCell>{formatDateLong(h.date)}</TableCell>
                <TableCell>{h.name}</TableCell>
                <TableCell>{r.holidayKinds[h.kind]}</TableCell>
                <TableCell>
                  <Button size="small" appearance="subtle" disabled={readOnly} aria-label={fill(r.removeHoliday, { date: formatDateLong(h.date) })}
                    onClick={() => run(() => call('findings.holidayRemove', { date: h.date }))}>{ui.common.remove}</Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        {!readOnly && (
          <div className={styles.holidayForm} role="group" aria-label={r.addHoliday}>
            <Field label={r.holidayDate}><Input type="date" value={day.date} onChange={(_, d) => setDay({ ...day, date: d.value })} /></Field>
            <Field label={r.holidayName}><Input value={day.name} onChange={(_, d) => setDay({ ...day, name: d.value })} /></Field>
            <Field label={r.holidayKind}>
              <Select value={day.kind} onChange={(_, d) => setDay({ ...day, kind: d.value as Holiday['kind'] })}>
                <option value="LIBUR">{r.holidayKinds.LIBUR}</option><option value="CUTI_BERSAMA">{r.holidayKinds.CUTI_BERSAMA}</option>
              </Select>
            </Field>
            <Button onClick={() => run(async () => {
              await call('findings.holidaySave', day);
              setYear(day.date.slice(0, 4));
              setDay({ date: '', name: '', kind: 'LIBUR' });
            })}>{r.addHoliday}</Button>
          </div>
        )}
      </section>
    </div>
  );
}
