// A walk-in: someone who wrote on a blank row, or who was invited to another session. Chosen from the roster
// (searched by name or NIP), or added as a new person who then joins the roster (the staff area's rules: a NIP
// or NIK that does not check out is refused at its field).
import { useEffect, useMemo, useState } from 'react';
import {
  Button, Checkbox, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Input, Radio, RadioGroup, Select,
  makeStyles, tokens,
} from '@fluentui/react-components';
import type { Staff, Unit } from '../../../../electron/core/contract';
import type { Employment } from '../../../../electron/core/staff/types';
import { call } from '../../lib/api';
import { ui } from '../../lib/messages';
import { useFail } from '../../lib/useFail';
import { EMPLOYMENT_OPTIONS, employmentLabel } from '../staff/labels';

const a = ui.attendance;

const useStyles = makeStyles({
  body: { display: 'flex', flexDirection: 'column', gap: '10px' },
  list: { listStyle: 'none', margin: 0, padding: 0, maxHeight: '220px', overflowY: 'auto', border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  pick: { width: '100%', justifyContent: 'flex-start' },
  sub: { color: tokens.colorNeutralForeground3, marginLeft: '8px' },
  two: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: '8px' },
});

export interface WalkInDialogProps {
  open: boolean;
  /** people already on the sheet or added: not offered again */
  exclude: ReadonlySet<number>;
  onClose: () => void;
  onAdd: (person: { staffId: number } | { newStaff: NewStaff }, signed: boolean) => Promise<void>;
}

export interface NewStaff {
  name: string; identifier: string; employment: Employment; rank: string; position: string; positionType: null; unitId: number | null;
  gender: null; birthDate: null; birthPlace: string;
}

const EMPTY: NewStaff = { name: '', identifier: '', employment: 'PNS', rank: '', position: '', positionType: null, unitId: null, gender: null, birthDate: null, birthPlace: '' };

export function WalkInDialog({ open, exclude, onClose, onAdd }: WalkInDialogProps) {
  const styles = useStyles();
  const fail = useFail();
  const [mode, setMode] = useState<'roster' | 'new'>('roster');
  const [staff, setStaff] = useState<Staff[]>([]);
  const [units, setUnits] = useState<Unit[]>([]);
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<number | null>(null);
  const [person, setPerson] = useState<NewStaff>(EMPTY);
  const [signed, setSigned] = useState(true);
  const [errors, setErrors] = useState<Record<string, string>>({});

  useEffect(() => {
    if (!open) return;
    setChosen(null); setQuery(''); setPerson(EMPTY); setErrors({}); setSigned(true);
    void Promise.all([call('staff.list', {}), call('staff.unitList', {})]).then(([s, u]) => { setStaff(s); setUnits(u); }).catch(fail);
  }, [open, fail]);

  const matches = useMemo(() => {
    const q = query.trim().toLowerCase();
    const digits = q.replace(/\s/g, '');
    return staff.filter((p) => p.status === 'ACTIVE' && !exclude.has(p.id) && (!q || p.name.toLowerCase().includes(q) || (digits && (p.nip ?? p.nik ?? '').includes(digits)))).slice(0, 50);
  }, [staff, exclude, query]);

  const save = async () => {
    setErrors({});
    try {
      await onAdd(mode === 'roster' ? { staffId: chosen! } : { newStaff: person }, signed);
    } catch (e) {
      fail(e, (field, message) => {
        setErrors({ [field]: message });
        return ['name', 'identifier', 'employment', 'rank', 'unitId', 'position'].includes(field);
      });
    }
  };
  const set = <K extends keyof NewStaff>(k: K, v: NewStaff[K]) => setPerson((p) => ({ ...p, [k]: v }));
  const f = ui.roster.form;

  return (
    <Dialog open={open} onOpenChange={(_, d) => { if (!d.open) onClose(); }}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{a.walkInTitle}</DialogTitle>
          <DialogContent className={styles.body}>
            <RadioGroup layout="horizontal" value={mode} onChange={(_, d) => setMode(d.value as 'roster' | 'new')}>
              <Radio value="roster" label={a.walkInFromRoster} />
              <Radio value="new" label={a.walkInNew} />
            </RadioGroup>
            {mode === 'roster' ? (
              <>
                <Field label={a.walkInSearch}><Input value={query} autoFocus onChange={(_, d) => setQuery(d.value)} /></Field>
                <ul className={styles.list} aria-label={a.walkInFromRoster}>
                  {matches.map((p) => (
                    <li key={p.id}>
                      <Button className={styles.pick} appearance={chosen === p.id ? 'primary' : 'subtle'} onClick={() => setChosen(p.id)}>
                        {p.name}<span className={styles.sub}>{p.unitName ?? ''}</span>
                      </Button>
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <>
                <Field label={f.name} required validationMessage={errors.name}><Input value={person.name} onChange={(_, d) => set('name', d.value)} /></Field>
                <div className={styles.two}>
                  <Field label={f.identifier} validationMessage={errors.identifier}><Input value={person.identifier} onChange={(_, d) => set('identifier', d.value)} /></Field>
                  <Field label={f.employment} validationMessage={errors.employment}>
                    <Select value={person.employment} onChange={(_, d) => set('employment', d.value as Employment)}>
                      {EMPLOYMENT_OPTIONS.map((e) => <option key={e} value={e}>{employmentLabel(e)}</option>)}
                    </Select>
                  </Field>
                  <Field label={f.position} validationMessage={errors.position}><Input value={person.position} onChange={(_, d) => set('position', d.value)} /></Field>
                  <Field label={f.unit} validationMessage={errors.unitId}>
                    <Select value={person.unitId === null ? '' : String(person.unitId)} onChange={(_, d) => set('unitId', d.value ? Number(d.value) : null)}>
                      <option value="">{ui.roster.noUnit}</option>
                      {units.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
                    </Select>
                  </Field>
                </div>
              </>
            )}
            <Checkbox checked={signed} label={a.walkInSigned} onChange={(_, d) => setSigned(d.checked === true)} />
          </DialogContent>
          <DialogActions>
            <Button onClick={onClose}>{a.cancel}</Button>
            <Button appearance="primary" disabled={mode === 'roster' ? chosen === null : !person.name.trim()} onClick={() => void save()}>{a.walkInSave}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
