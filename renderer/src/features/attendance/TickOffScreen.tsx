// "Catat kehadiran": a held session's daftar hadir ticked off from the signed paper. Row numbers as printed
// ("1-25, 27, 30-41"), a name or NIP and Enter, or a click; every action can be undone (the button or Ctrl+Z);
// the running count on top; walk-ins and the proof files beside the sheet.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent as ReactKeyboardEvent } from 'react';
import { Button, Field, Input, MessageBar, MessageBarBody, Select, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { TickOffRow } from '../../../../electron/core/contract';
import { ApiCallError, call } from '../../lib/api';
import { fill, formatDateLong, formatDateTime, ui } from '../../lib/messages';
import { useNotify } from '../../components/toast';
import { useFail } from '../../lib/useFail';
import { ProofPanel } from './ProofPanel';
import { SheetRows } from './SheetRows';
import type { MarkTarget } from './useTickOff';
import { useTickOff } from './useTickOff';
import { WalkInDialog } from './WalkInDialog';

const a = ui.attendance;

const useStyles = makeStyles({
  root: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) 280px', gridTemplateRows: 'auto auto minmax(0, 1fr)', gap: '10px 16px', padding: '10px 20px 12px', height: '100%', boxSizing: 'border-box' },
  head: { gridColumn: '1 / 3', display: 'flex', alignItems: 'center', gap: '12px', flexWrap: 'wrap' },
  title: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  sub: { color: tokens.colorNeutralForeground3 },
  count: { marginLeft: 'auto', fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  tools: { display: 'flex', gap: '12px', alignItems: 'flex-end', flexWrap: 'wrap' },
  rows: { width: '340px' },
  search: { width: '280px' },
  main: { display: 'flex', flexDirection: 'column', minHeight: 0, gap: '6px' },
  side: { gridRow: '2 / 4', gridColumn: '2', display: 'flex', flexDirection: 'column', gap: '10px', minHeight: 0, overflowY: 'auto' },
  card: { backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusMedium, padding: '10px 12px', boxShadow: tokens.shadow2, display: 'flex', flexDirection: 'column', gap: '6px' },
  walkIns: { listStyle: 'none', margin: 0, padding: 0, maxHeight: '160px', overflowY: 'auto' },
});

export interface TickOffScreenProps {
  sessionId: number;
  readOnly: boolean;
  onBack: () => void;
}

function matches(r: TickOffRow, q: string): boolean {
  const digits = q.replace(/\s/g, '');
  return r.name.toLowerCase().includes(q) || (/^\d+$/.test(digits) && r.identifier.includes(digits));
}

export function TickOffScreen({ sessionId, readOnly, onBack }: TickOffScreenProps) {
  const styles = useStyles();
  const notify = useNotify();
  const fail = useFail();
  const { tick, setTick, load, mark, undo, selectVersion } = useTickOff(sessionId);
  const [rowsText, setRowsText] = useState('');
  const [rowsError, setRowsError] = useState<string | undefined>();
  const [query, setQuery] = useState('');
  const [walkIn, setWalkIn] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);

  const run = useCallback(async (target: MarkTarget, m: 'attended' | 'signed', value: boolean) => {
    try {
      const r = await mark(target, m, value);
      const kind = r.undo?.kind ?? 'attended';
      notify(fill(a.marked, { what: a.action[kind], count: r.undo?.count ?? 0 }));
      return true;
    } catch (e) {
      if ('rows' in target && e instanceof ApiCallError) setRowsError(e.message);
      else fail(e);
      return false;
    }
  }, [mark, notify, fail]);

  const doUndo = useCallback(async () => {
    try {
      const undone = await undo();
      notify(fill(a.undoDone, { what: fill(a.actionSummary, { what: a.action[undone.kind], count: undone.count }) }));
    } catch (e) {
      fail(e);
    }
  }, [undo, notify, fail]);

  // Ctrl+Z anywhere on the screen but in a text field (there it undoes the typing)
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const inField = e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement;
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'z' && !inField && !readOnly) {
        e.preventDefault();
        void doUndo();
      }
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'f') {
        e.preventDefault();
        searchRef.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [doUndo, readOnly]);

  const markRows = async (m: 'attended' | 'signed', value = true) => {
    setRowsError(undefined);
    if (await run({ rows: rowsText }, m, value)) setRowsText('');
  };

  const q = query.trim().toLowerCase();
  const shown = useMemo(() => {
    if (!tick) return [];
    const all = [...tick.rows, ...tick.walkIns];
    return q ? all.filter((r) => matches(r, q)) : all;
  }, [tick, q]);

  const onSearchKey = async (e: ReactKeyboardEvent) => {
    if (e.key === 'Escape') setQuery('');
    if (e.key === 'Enter' && shown[0]) {
      if (await run({ staffIds: [shown[0].staffId] }, 'signed', true)) setQuery('');
    }
  };

  if (!tick) return <Spinner label={ui.common.loading} />;
  const exclude = new Set([...tick.rows, ...tick.walkIns].map((r) => r.staffId));
  const current = tick.versions.find((v) => v.version === tick.version);
  return (
    <div className={styles.root}>
      <div className={styles.head}>
        <Button appearance="subtle" onClick={onBack}>← {a.back}</Button>
        <Text as="h1" className={styles.title}>{a.title}</Text>
        <Text className={styles.sub}>{tick.topic} · {formatDateLong(tick.date)}</Text>
        <Text className={styles.count} data-testid="tick-count" aria-live="polite">{fill(a.count, { ...tick.counts })}</Text>
        <Button disabled={readOnly || !tick.undo} onClick={() => void doUndo()} title="Ctrl+Z">
          {tick.undo ? fill(a.undoWhat, { what: fill(a.actionSummary, { what: a.action[tick.undo.kind], count: tick.undo.count }) }) : a.undo}
        </Button>
      </div>
      <div className={styles.tools}>
        <Field label={a.rowsLabel} hint={a.rowsHint} validationMessage={rowsError} className={styles.rows}>
          <Input value={rowsText} disabled={readOnly} onChange={(_, d) => { setRowsText(d.value); setRowsError(undefined); }}
            onKeyDown={(e) => { if (e.key === 'Enter' && rowsText.trim()) void markRows('signed'); }} />
        </Field>
        <Button appearance="primary" disabled={readOnly || !rowsText.trim()} onClick={() => void markRows('signed')}>{a.markSigned}</Button>
        <Button disabled={readOnly || !rowsText.trim()} onClick={() => void markRows('attended')}>{a.markAttended}</Button>
        <Button appearance="subtle" disabled={readOnly || !rowsText.trim()} onClick={() => void markRows('attended', false)}>{a.unmark}</Button>
        <Field label={a.searchLabel} hint={a.searchHint} className={styles.search}>
          <Input ref={searchRef} value={query} disabled={readOnly} onChange={(_, d) => setQuery(d.value)} onKeyDown={(e) => void onSearchKey(e)} />
        </Field>
      </div>
      <div className={styles.main}>
        {tick.version === null
          ? <MessageBar intent="info"><MessageBarBody>{a.versionNone}</MessageBarBody></MessageBar>
          : tick.versions.length > 1 && (
            <Field label={a.versionPick} orientation="horizontal">
              <Select value={String(tick.version)} onChange={(_, d) => { const v = Number(d.value); selectVersion(v); void load(v); }}>
                {tick.versions.map((v) => <option key={v.version} value={v.version}>{fill(a.version, { version: v.version, date: formatDateTime(v.printedAt) })}</option>)}
              </Select>
            </Field>
          )}
        {tick.version !== null && tick.versions.length === 1 && current && <Text className={styles.sub}>{fill(a.version, { version: current.version, date: formatDateTime(current.printedAt) })}</Text>}
        <SheetRows rows={shown} readOnly={readOnly} label={a.title} onToggle={(r, m, v) => void run({ staffIds: [r.staffId] }, m, v)} />
      </div>
      <aside className={styles.side}>
        <section className={styles.card} aria-label={a.walkIns}>
          <Text weight="semibold">{a.walkIns}</Text>
          {tick.walkIns.length === 0 ? <Text className={styles.sub}>{a.walkInNone}</Text> : (
            <ul className={styles.walkIns}>{tick.walkIns.map((w) => <li key={w.staffId}>{w.name}{w.signed ? ` · ${a.colSigned.toLowerCase()}` : ''}</li>)}</ul>
          )}
          <Button disabled={readOnly} onClick={() => setWalkIn(true)}>{a.walkInAdd}</Button>
        </section>
        <section className={styles.card} aria-label={a.proofTitle}>
          <Text weight="semibold">{a.proofTitle}</Text>
          <ProofPanel sessionId={sessionId} proof={tick.proof} readOnly={readOnly} onChange={(proof) => setTick({ ...tick, proof })} />
        </section>
      </aside>
      <WalkInDialog
        open={walkIn}
        exclude={exclude}
        onClose={() => setWalkIn(false)}
        onAdd={async (person, signed) => {
          const r = await call('attendance.addWalkIn', { sessionId, version: tick.version, person, signed });
          setWalkIn(false);
          notify(fill(a.marked, { what: a.action.walkIn, count: 1 }));
          await load(r.version);
        }}
      />
    </div>
  );
}
