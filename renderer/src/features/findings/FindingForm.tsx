// A new finding, or changes to one: the person (from the roster, or typed in), the act from the catalog, when it
// happened and became known, where, the source and the SBT number. The classification is derived by the core.
import { useEffect, useMemo, useState } from 'react';
import { Button, Field, Input, Radio, RadioGroup, Select, Spinner, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import type { FindingDetail, InputOf, Staff, ViolationType } from '../../../../electron/core/contract';
import { call } from '../../lib/api';
import { errorMessage, ui } from '../../lib/messages';
import { useFail } from '../../lib/useFail';
import { todayIso } from '../sessions/labels';

const f = ui.findings;
const l = f.fields;
type SaveInput = InputOf<'findings.save'>;
type Employment = keyof typeof ui.roster.employment;
type PositionType = keyof typeof ui.roster.positionType;
type Source = keyof typeof f.sources;

interface Form {
  fromRoster: boolean;
  staffId: number | null;
  search: string;
  identifier: string;
  name: string;
  position: string;
  unit: string;
  employment: Employment;
  positionType: PositionType | '';
  violationTypeId: number | null;
  knownDate: string;
  actDate: string;
  actTime: string;
  actPlace: string;
  source: Source;
  sourceLink: string;
  sbtNumber: string;
  description: string;
}

function formOf(x: FindingDetail | null): Form {
  const today = todayIso();
  if (!x) {
    return {
      fromRoster: true, staffId: null, search: '', identifier: '', name: '', position: '', unit: '', employment: 'PNS', positionType: '',
      violationTypeId: null, knownDate: today, actDate: today, actTime: '', actPlace: '', source: 'MONITORING', sourceLink: '', sbtNumber: '', description: '',
    };
  }
  const p = x.person;
  return {
    fromRoster: p.staffId !== null, staffId: p.staffId, search: '', identifier: p.nip ?? p.nik ?? '', name: p.name, position: p.position, unit: p.unit,
    employment: p.employment, positionType: '', violationTypeId: x.violationTypeId, knownDate: x.knownDate, actDate: x.actDate, actTime: x.actTime ?? '',
    actPlace: x.actPlace, source: x.source, sourceLink: x.sourceLink ?? '', sbtNumber: x.sbtNumber ?? '', description: x.description,
  };
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '12px', padding: '12px 20px 20px', maxWidth: '1000px' },
  title: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  section: { backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusMedium, padding: '12px 16px', boxShadow: tokens.shadow2, display: 'grid', gridTemplateColumns: 'repeat(4, 1fr)', gap: '10px 14px' },
  wide: { gridColumn: '1 / 5' },
  half: { gridColumn: 'span 2' },
  actions: { display: 'flex', gap: '8px' },
});

export interface FindingFormProps {
  finding: FindingDetail | null;
  readOnly: boolean;
  onSaved: (f: FindingDetail) => void;
  onCancel: () => void;
}

export function FindingForm({ finding, readOnly, onSaved, onCancel }: FindingFormProps) {
  const styles = useStyles();
  const fail = useFail();
  const [form, setForm] = useState<Form>(() => formOf(finding));
  const [staff, setStaff] = useState<Staff[] | null>(null);
  const [types, setTypes] = useState<ViolationType[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    void Promise.all([call('staff.list', {}), call('findings.catalog', {})]).then(([s, t]) => {
      setStaff(s);
      setTypes(t);
    }).catch(fail);
  }, [fail]);
  const set = (patch: Partial<Form>) => setForm((old) => ({ ...old, ...patch }));
  const matches = useMemo(() => {
    const q = form.search.trim().toLowerCase();
    const list = (staff ?? []).filter((s) => s.status === 'ACTIVE' || s.id === form.staffId);
    return q === '' ? list : list.filter((s) => s.id === form.staffId || s.name.toLowerCase().includes(q) || (s.nip ?? '').includes(q.replace(/\s/g, '')));
  }, [staff, form.search, form.staffId]);

  if (!staff) return <Spinner label={ui.common.loading} />;
  const offered = types.filter((t) => !t.retired || t.id === finding?.violationTypeId);

  const save = async () => {
    setErrors({});
    if (form.fromRoster && form.staffId === null) return setErrors({ person: errorMessage('required', { label: l.person }) });
    if (form.violationTypeId === null) return setErrors({ violationTypeId: errorMessage('required', { label: l.violationType }) });
    const input: SaveInput = {
      ...(finding ? { id: finding.id } : {}),
      person: form.fromRoster
        ? { kind: 'STAFF', staffId: form.staffId! }
        : { kind: 'TYPED', identifier: form.identifier, name: form.name, position: form.position, unit: form.unit, employment: form.employment, positionType: form.positionType || null },
      violationTypeId: form.violationTypeId, knownDate: form.knownDate, actDate: form.actDate, actTime: form.actTime || null, actPlace: form.actPlace,
      source: form.source, sourceLink: form.sourceLink || null, sbtNumber: form.sbtNumber || null, description: form.description,
    };
    setSaving(true);
    try {
      onSaved(await call('findings.save', input));
    } catch (e) {
      fail(e, (field, message) => {
        setErrors({ [field === 'staffId' ? 'person' : field]: message });
        return true;
      });
    } finally {
      setSaving(false);
    }
  };
  const err = (field: string) => (errors[field] ? { validationState: 'error' as const, validationMessage: errors[field] } : {});

  return (
    <div className={styles.root}>
      <Text as="h1" className={styles.title}>{finding ? f.editTitle : f.newTitle}</Text>
      <section className={styles.section} aria-label={l.person}>
        <Field className={styles.wide} label={l.person}>
          <RadioGroup layout="horizontal" value={form.fromRoster ? 'roster' : 'typed'} onChange={(_, d) => set({ fromRoster: d.value === 'roster' })}>
            <Radio value="roster" label={l.personFromRoster} />
            <Radio value="typed" label={l.personTyped} />
          </RadioGroup>
        </Field>
        {form.fromRoster ? (
          <>
            <Field className={styles.half} label={l.staffSearch}>
              <Input value={form.search} onChange={(_, d) => set({ search: d.value })} />
            </Field>
            <Field className={styles.half} label={l.personName} required {...err('person')}>
              <Select value={form.staffId === null ? '' : String(form.staffId)} onChange={(_, d) => set({ staffId: d.value ? Number(d.value) : null })}>
                <option value="">—</option>
                {matches.slice(0, 500).map((s) => <option key={s.id} value={s.id}>{`${s.name}${s.unitName ? ` — ${s.unitName}` : ''}`}</option>)}
              </Select>
            </Field>
          </>
        ) : (
          <>
            <Field className={styles.half} label={l.personName} required {...err('personName')}>
              <Input value={form.name} onChange={(_, d) => set({ name: d.value })} />
            </Field>
            <Field className={styles.half} label={l.identifier} hint={l.identifierHint} {...err('identifier')}>
              <Input value={form.identifier} onChange={(_, d) => set({ identifier: d.value })} />
            </Field>
            <Field className={styles.half} label={l.position}><Input value={form.position} onChange={(_, d) => set({ position: d.value })} /></Field>
            <Field className={styles.half} label={l.unit}><Input value={form.unit} onChange={(_, d) => set({ unit: d.value })} /></Field>
            <Field className={styles.half} label={l.employment} {...err('employment')}>
              <Select value={form.employment} onChange={(_, d) => set({ employment: d.value as Employment })}>
                {Object.entries(ui.roster.employment).map(([k, v]) => <option key={k} value={k}>{v}</option>)}
              </Select>
            </Field>
            <Field className={styles.half} label={l.positionType}>
              <Select value={form.positionType} onChange={(_, d) => set({ positionType: d.value as PositionType | '' })}>
                <option value="">{l.positionTypeAuto}</option>
                {Object.entries(ui.roster.positionType).map(([k, v]) => <option key={k} value={k}>{v}</option>)}
              </Select>
            </Field>
          </>
        )}
      </section>
      <section className={styles.section} aria-label={f.act}>
        <Field className={styles.wide} label={l.violationType} required {...err('violationTypeId')}>
          <Select value={form.violationTypeId === null ? '' : String(form.violationTypeId)} onChange={(_, d) => set({ violationTypeId: d.value ? Number(d.value) : null })}>
            <option value="">—</option>
            {offered.map((t) => <option key={t.id} value={t.id}>{`${t.code} · ${t.act}${t.retired ? ` (${f.retired})` : ''}`}</option>)}
          </Select>
        </Field>
        <Field label={l.actDate} required {...err('actDate')}><Input type="date" value={form.actDate} onChange={(_, d) => set({ actDate: d.value })} /></Field>
        <Field label={l.actTime} {...err('actTime')}><Input type="time" value={form.actTime} onChange={(_, d) => set({ actTime: d.value })} /></Field>
        <Field label={l.knownDate} required {...err('knownDate')}><Input type="date" value={form.knownDate} onChange={(_, d) => set({ knownDate: d.value })} /></Field>
        <Field label={l.source}>
          <Select value={form.source} onChange={(_, d) => set({ source: d.value as Source })}>
            {Object.entries(f.sources).map(([k, v]) => <option key={k} value={k}>{v}</option>)}
          </Select>
        </Field>
        <Field className={styles.half} label={l.actPlace}><Input value={form.actPlace} onChange={(_, d) => set({ actPlace: d.value })} /></Field>
        <Field className={styles.half} label={l.sourceLink} required={form.source === 'SOCIAL_MEDIA'} {...err('sourceLink')}>
          <Input value={form.sourceLink} onChange={(_, d) => set({ sourceLink: d.value })} placeholder="https://" />
        </Field>
        <Field className={styles.half} label={l.sbtNumber} hint={l.sbtHint}><Input value={form.sbtNumber} onChange={(_, d) => set({ sbtNumber: d.value })} /></Field>
        <Field className={styles.wide} label={l.description}>
          <Textarea rows={4} value={form.description} onChange={(_, d) => set({ description: d.value })} />
        </Field>
      </section>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={readOnly || saving} onClick={() => void save()}>{saving ? ui.common.saving : ui.common.save}</Button>
        <Button onClick={onCancel}>{ui.common.cancel}</Button>
      </div>
    </div>
  );
}
