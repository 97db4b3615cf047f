// Who has not signed yet, per unit (heads first): chosen people can be marked as signed outside a session; the
// list is saved as .xlsx or as a PDF with the kop for each head of unit.
import { useCallback, useEffect, useMemo, useState } from 'react';
import {
  Badge, Button, Checkbox, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Radio, RadioGroup, Select, Text,
  makeStyles, tokens,
} from '@fluentui/react-components';
import type { NotSignedList, PaperSize } from '../../../../electron/core/contract';
import { call } from '../../lib/api';
import { useSavedNotice } from '../../lib/files';
import { fill, ui } from '../../lib/messages';
import { IdentityNotice } from '../../components/IdentityNotice';
import { useNotify } from '../../components/toast';
import { useFail } from '../../lib/useFail';
import { todayIso } from '../sessions/labels';
import { DateInput } from '../staff/DateInput';
import { percent, unitName } from './labels';

const p = ui.pledges;

const useStyles = makeStyles({
  tools: { display: 'flex', gap: '8px', alignItems: 'flex-end', flexWrap: 'wrap' },
  list: { maxHeight: '340px', overflowY: 'auto', border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  unit: { position: 'sticky', top: 0, backgroundColor: tokens.colorNeutralBackground3, padding: '4px 8px', fontWeight: tokens.fontWeightSemibold },
  row: { display: 'grid', gridTemplateColumns: '32px minmax(160px, 1.4fr) 160px minmax(120px, 1fr) 90px', alignItems: 'center', padding: '0 8px', borderBottom: `1px solid ${tokens.colorNeutralStroke3}` },
  sub: { color: tokens.colorNeutralForeground3, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
});

export function NotSignedPanel(props: { electionId: number; readOnly: boolean; refreshKey: unknown; onSigned: () => void }) {
  const styles = useStyles();
  const notify = useNotify();
  const savedNotice = useSavedNotice();
  const fail = useFail();
  const [list, setList] = useState<NotSignedList | null>(null);
  const [unit, setUnit] = useState<string>('all');
  const [chosen, setChosen] = useState<Set<number>>(new Set());
  const [signing, setSigning] = useState(false);
  const [date, setDate] = useState(todayIso());
  const [dateError, setDateError] = useState<string | undefined>();
  const [paper, setPaper] = useState<PaperSize>('A4');

  const load = useCallback(async () => {
    setList(await call('pledges.notSigned', { electionId: props.electionId }));
    setChosen(new Set());
  }, [props.electionId]);
  useEffect(() => void load().catch(fail), [load, fail, props.refreshKey]);

  const units = useMemo(() => (list?.units ?? []).filter((u) => unit === 'all' || String(u.unitId ?? 0) === unit), [list, unit]);
  if (!list) return null;
  const count = units.reduce((n, u) => n + u.people.length, 0);
  // the saved list is the whole list, whichever unit is shown
  const exported = list.units.reduce((n, u) => n + u.people.length, 0);

  const sign = async () => {
    setDateError(undefined);
    try {
      const r = await call('pledges.signOutside', { electionId: props.electionId, staffIds: [...chosen], date });
      setSigning(false);
      notify(fill(p.signedOutside, { count: r.signed }));
      await load();
      props.onSigned();
    } catch (e) {
      fail(e, (field, message) => { if (field !== 'date') return false; setDateError(message); return true; });
    }
  };
  const save = async (format: 'xlsx' | 'pdf') => {
    try {
      savedNotice(await call('pledges.exportNotSigned', { electionId: props.electionId, format, paper }));
    } catch (e) {
      fail(e);
    }
  };
  const toggle = (id: number, on: boolean) => setChosen((s) => { const n = new Set(s); if (on) n.add(id); else n.delete(id); return n; });

  return (
    <>
      <div className={styles.tools}>
        <Field label={p.notSignedUnit}>
          <Select value={unit} onChange={(_, d) => setUnit(d.value)}>
            <option value="all">{p.allUnits}</option>
            {list.units.map((u) => <option key={u.unitId ?? 0} value={String(u.unitId ?? 0)}>{unitName(u.unitName)} ({u.people.length})</option>)}
          </Select>
        </Field>
        <Text data-testid="not-signed-count">{fill(p.notSignedCount, { count })}</Text>
        <Button disabled={props.readOnly || chosen.size === 0} onClick={() => setSigning(true)}>{p.signOutside}</Button>
        <Field label={p.paper}>
          <RadioGroup layout="horizontal" value={paper} onChange={(_, d) => setPaper(d.value as PaperSize)}>
            <Radio value="A4" label="A4" /><Radio value="F4" label="F4" />
          </RadioGroup>
        </Field>
        <Button onClick={() => void save('xlsx')}>{p.exportXlsx}</Button>
        <Button onClick={() => void save('pdf')}>{p.exportPdf}</Button>
      </div>
      {exported > 0 && <IdentityNotice people={exported} />}
      {count === 0 ? <Text>{p.notSignedNone}</Text> : (
        <div className={styles.list} role="list" aria-label={p.notSignedTitle}>
          {units.map((u) => (
            <div key={u.unitId ?? 0} role="group" aria-label={unitName(u.unitName)}>
              <div className={styles.unit}>{unitName(u.unitName)} · {u.signed}/{u.target} ({percent(u.percent)}%)</div>
              {u.people.map(({ staff: s, isHead }) => (
                <div key={s.id} className={styles.row} role="listitem">
                  <Checkbox checked={chosen.has(s.id)} disabled={props.readOnly} aria-label={fill(p.selectPerson, { name: s.name })} onChange={(_, d) => toggle(s.id, d.checked === true)} />
                  <span>{s.name}</span>
                  <span className={styles.sub}>{s.nip ?? s.nik ?? '—'}</span>
                  <span className={styles.sub} title={s.position ?? ''}>{s.position ?? ''}</span>
                  <span>{isHead && <Badge appearance="tint" color="warning">{p.headOfUnit}</Badge>}</span>
                </div>
              ))}
            </div>
          ))}
        </div>
      )}
      <Dialog open={signing} onOpenChange={(_, d) => setSigning(d.open)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{p.signOutsideTitle}</DialogTitle>
            <DialogContent>
              <Text block>{fill(p.signOutsideText, { count: chosen.size })}</Text>
              <Field label={p.signOutsideDate} validationMessage={dateError}><DateInput value={date} onChange={(iso) => setDate(iso ?? '')} /></Field>
            </DialogContent>
            <DialogActions>
              <Button onClick={() => setSigning(false)}>{p.cancel}</Button>
              <Button appearance="primary" onClick={() => void sign()}>{p.signOutsideSave}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </>
  );
}
