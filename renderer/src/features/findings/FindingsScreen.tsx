// "Temuan": the findings, newest act first, with filters (stage, kode etik / disiplin, phase, unit, position type,
// overdue) and the counts central systems ask for; one finding's screen; the form for a new one or changes.
import { useCallback, useEffect, useState } from 'react';
import {
  Badge, Button, Checkbox, Select, Spinner, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens,
} from '@fluentui/react-components';
import type { FindingCounts, FindingDetail, FindingFilter, FindingSummary } from '../../../../electron/core/contract';
import { call } from '../../lib/api';
import { formatDateLong, ui } from '../../lib/messages';
import { IdentityNotice } from '../../components/IdentityNotice';
import { useNotify } from '../../components/toast';
import { useFail } from '../../lib/useFail';
import { useSavedNotice } from '../../lib/files';
import type { ScreenProps } from '../../screens';
import { phaseLabel } from '../elections/labels';
import { CountsPanel } from './CountsPanel';
import { FindingForm } from './FindingForm';
import { FindingView } from './FindingView';
import { classificationLabel, deadlineColor, deadlineLabel } from './labels';

const f = ui.findings;
const PHASES = ['BEFORE_CAMPAIGN', 'CAMPAIGN', 'QUIET', 'VOTING', 'AFTER'] as const;

type View = { kind: 'list' } | { kind: 'detail'; finding: FindingDetail } | { kind: 'form'; finding: FindingDetail | null };

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '10px', padding: '12px 20px 20px' },
  head: { display: 'flex', alignItems: 'baseline', gap: '12px' },
  title: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  hint: { color: tokens.colorNeutralForeground3 },
  add: { marginLeft: 'auto', alignSelf: 'center' },
  filters: { display: 'flex', gap: '8px', flexWrap: 'wrap', alignItems: 'center' },
  filter: { minWidth: '150px', maxWidth: '220px' },
  table: { backgroundColor: tokens.colorNeutralBackground1, boxShadow: tokens.shadow2, borderRadius: tokens.borderRadiusMedium },
  row: { cursor: 'pointer' },
  sub: { color: tokens.colorNeutralForeground3, display: 'block' },
  empty: { backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusMedium, padding: '20px', boxShadow: tokens.shadow2, display: 'flex', flexDirection: 'column', gap: '12px', alignItems: 'flex-start', maxWidth: '720px' },
});

/** A <Select> whose first option is "Semua" (no filter). */
function FilterSelect<T extends string>({ label, value, options, onChange, className }: {
  label: string; value: T | null | undefined; options: readonly { value: T; label: string }[]; onChange: (v: T | null) => void; className: string;
}) {
  return (
    <Select className={className} aria-label={label} value={value ?? ''} onChange={(_, d) => onChange(d.value === '' ? null : (d.value as T))}>
      <option value="">{`${label}: ${f.filters.all}`}</option>
      {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
    </Select>
  );
}

export function FindingsScreen({ readOnly }: ScreenProps) {
  const styles = useStyles();
  const notify = useNotify();
  const fail = useFail();
  const savedNotice = useSavedNotice();
  const [findings, setFindings] = useState<FindingSummary[] | null>(null);
  const [units, setUnits] = useState<string[]>([]);
  const [counts, setCounts] = useState<FindingCounts | null>(null);
  const [filter, setFilter] = useState<FindingFilter>({});
  const [view, setView] = useState<View>({ kind: 'list' });

  const load = useCallback(async (fl: FindingFilter) => {
    const [list, all, c] = await Promise.all([call('findings.list', fl), call('findings.list', {}), call('findings.counts', {})]);
    setFindings(list);
    setUnits([...new Set(all.map((x) => x.person.unit).filter(Boolean))].sort());
    setCounts(c);
  }, []);
  useEffect(() => void load(filter).catch(fail), [load, filter, fail]);

  const open = async (id: number) => {
    try {
      setView({ kind: 'detail', finding: await call('findings.get', { id }) });
    } catch (e) {
      fail(e);
    }
  };
  const back = () => {
    setFindings(null);
    setView({ kind: 'list' });
    void load(filter).catch(fail);
  };
  const set = (patch: FindingFilter) => setFilter((old) => ({ ...old, ...patch }));

  if (view.kind === 'form') {
    return (
      <FindingForm
        finding={view.finding}
        readOnly={readOnly}
        onCancel={() => (view.finding ? setView({ kind: 'detail', finding: view.finding }) : back())}
        onSaved={(saved) => {
          notify(f.saved);
          setView({ kind: 'detail', finding: saved });
        }}
      />
    );
  }
  if (view.kind === 'detail') {
    return (
      <FindingView
        finding={view.finding}
        readOnly={readOnly}
        onBack={back}
        onEdit={() => setView({ kind: 'form', finding: view.finding })}
        onChanged={(changed) => (changed ? setView({ kind: 'detail', finding: changed }) : back())}
      />
    );
  }
  if (!findings) return <Spinner label={ui.common.loading} />;
  const filtered = Object.values(filter).some((v) => v !== null && v !== undefined && v !== false);

  return (
    <div className={styles.root}>
      <div className={styles.head}>
        <Text as="h1" className={styles.title}>{f.title}</Text>
        <Text className={styles.hint}>{f.intro}</Text>
        <Button className={styles.add} appearance="primary" disabled={readOnly} onClick={() => setView({ kind: 'form', finding: null })}>{f.add}</Button>
      </div>
      {findings.length === 0 && !filtered ? (
        <div className={styles.empty}>
          <Text weight="semibold" size={400}>{f.emptyTitle}</Text>
          <Text>{f.emptyHint}</Text>
          <Button appearance="primary" disabled={readOnly} onClick={() => setView({ kind: 'form', finding: null })}>{f.add}</Button>
        </div>
      ) : (
        <>
          {counts && <CountsPanel counts={counts} />}
          <div className={styles.filters} role="group" aria-label={f.filters.label}>
            <FilterSelect className={styles.filter} label={f.filters.stage} value={filter.stage} onChange={(stage) => set({ stage })}
              options={Object.entries(f.stages).map(([value, label]) => ({ value: value as keyof typeof f.stages, label }))} />
            <FilterSelect className={styles.filter} label={f.filters.kind} value={filter.kind} onChange={(kind) => set({ kind })}
              options={[{ value: 'ETHICS', label: f.kinds.ETHICS }, { value: 'DISCIPLINE', label: f.kinds.DISCIPLINE }] as const} />
            <FilterSelect className={styles.filter} label={f.filters.phase} value={filter.phase} onChange={(phase) => set({ phase })}
              options={[...PHASES.map((p) => ({ value: p, label: ui.elections.phases[p] })), { value: 'NONE' as const, label: f.filters.phaseNone }]} />
            <FilterSelect className={styles.filter} label={f.filters.unit} value={filter.unit} onChange={(unit) => set({ unit })}
              options={units.map((u) => ({ value: u, label: u }))} />
            <FilterSelect className={styles.filter} label={f.filters.positionType} value={filter.positionType} onChange={(positionType) => set({ positionType })}
              options={Object.entries(ui.roster.positionType).map(([value, label]) => ({ value: value as keyof typeof ui.roster.positionType, label }))} />
            <Checkbox label={f.filters.overdue} checked={filter.overdue === true} onChange={(_, d) => set({ overdue: d.checked === true })} />
            {filtered && <Button appearance="subtle" onClick={() => setFilter({})}>{f.filters.reset}</Button>}
            <Button style={{ marginLeft: 'auto' }} disabled={findings.length === 0}
              onClick={() => void call('findings.exportList', { filter }).then(savedNotice, fail)}>{f.export.list}</Button>
          </div>
          {findings.length > 0 && <IdentityNotice people={new Set(findings.map((x) => x.person.nip ?? x.person.nik ?? `name:${x.person.name}`)).size} />}
          {findings.length === 0 ? <Text>{f.emptyFiltered}</Text> : (
            <Table className={styles.table} aria-label={f.listLabel} size="small">
              <TableHeader>
                <TableRow>
                  {[f.columns.person, f.columns.act, f.columns.actDate, f.columns.classification, f.columns.stage, f.columns.deadline].map((h) => <TableHeaderCell key={h}>{h}</TableHeaderCell>)}
                </TableRow>
              </TableHeader>
              <TableBody>
                {findings.map((x) => (
                  <TableRow key={x.id} className={styles.row} tabIndex={0} aria-label={x.person.name}
                    onClick={() => void open(x.id)} onKeyDown={(e) => { if (e.key === 'Enter') void open(x.id); }}>
                    <TableCell>{x.person.name}<span className={styles.sub}>{x.person.unit}</span></TableCell>
                    <TableCell>{x.violationCode} · {x.violationAct.length > 70 ? `${x.violationAct.slice(0, 70)}…` : x.violationAct}</TableCell>
                    <TableCell>{formatDateLong(x.actDate)}<span className={styles.sub}>{phaseLabel(x.classification.phase)}</span></TableCell>
                    <TableCell>{classificationLabel(x.classification)}</TableCell>
                    <TableCell>{f.stages[x.stage]}{x.closed ? ` · ${f.closed}` : ''}</TableCell>
                    <TableCell>
                      {x.nextDeadline
                        ? <Badge appearance="tint" color={deadlineColor(x.nextDeadline)}>{`${f.deadlines.short[x.nextDeadline.kind]}: ${deadlineLabel(x.nextDeadline)}`}</Badge>
                        : <Text className={styles.sub}>—</Text>}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </>
      )}
    </div>
  );
}
