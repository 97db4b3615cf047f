// A new session, or changes to one: when and where, what about, who speaks, who signs the sheet, who is invited.
import { useEffect, useState } from 'react';
import {
  Button, Field, Input, Radio, RadioGroup, Select, Spinner, Text, Textarea, makeStyles, tokens,
} from '@fluentui/react-components';
import type { Audience, Election, Profile, SessionDetail, Signer, Staff, Unit } from '../../../../electron/core/contract';
import { call } from '../../lib/api';
import { ui } from '../../lib/messages';
import { useFail } from '../../lib/useFail';
import { AudiencePicker } from './AudiencePicker';
import { todayIso } from './labels';

const s = ui.sessions;
const f = s.fields;

interface Form {
  electionId: number | null;
  date: string;
  startTime: string;
  endTime: string;
  timeZone: 'WIB' | 'WITA' | 'WIT';
  place: string;
  topic: string;
  speakers: string;
  signerOther: boolean;
  signer: Signer;
  sheetTitle: string;
  signCity: string;
  audience: Audience;
}

const NO_SIGNER: Signer = { name: '', nip: '', rank: '', position: '' };

function formOf(x: SessionDetail | null, activeElection: number | null): Form {
  if (!x) {
    return {
      electionId: activeElection, date: todayIso(), startTime: '08:00', endTime: '', timeZone: 'WIB', place: '', topic: '', speakers: '',
      signerOther: false, signer: NO_SIGNER, sheetTitle: '', signCity: '', audience: { kind: 'ALL' },
    };
  }
  return {
    electionId: x.electionId, date: x.date, startTime: x.startTime, endTime: x.endTime ?? '', timeZone: x.timeZone, place: x.place, topic: x.topic,
    speakers: x.speakers.join('\n'), signerOther: x.signer !== null, signer: x.signer ?? NO_SIGNER, sheetTitle: x.sheetTitle ?? '', signCity: x.signCity ?? '', audience: x.audience,
  };
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '12px', padding: '12px 20px 20px', maxWidth: '1000px' },
  title: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  section: { backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusMedium, padding: '12px 16px', boxShadow: tokens.shadow2, display: 'grid', gridTemplateColumns: 'repeat(4, 1fr)', gap: '10px 14px' },
  wide: { gridColumn: '1 / 5' },
  half: { gridColumn: 'span 2' },
  actions: { display: 'flex', gap: '8px' },
  hint: { color: tokens.colorNeutralForeground3 },
});

export interface SessionFormProps {
  session: SessionDetail | null;
  readOnly: boolean;
  onSaved: (s: SessionDetail) => void;
  onCancel: () => void;
}

export function SessionForm({ session, readOnly, onSaved, onCancel }: SessionFormProps) {
  const styles = useStyles();
  const fail = useFail();
  const [data, setData] = useState<{ elections: Election[]; units: Unit[]; staff: Staff[]; profile: Profile } | null>(null);
  const [form, setForm] = useState<Form | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    Promise.all([call('elections.list', {}), call('staff.unitList', {}), call('staff.list', {}), call('profile.get', {})]).then(([elections, units, staff, profile]) => {
      if (!live) return;
      setData({ elections, units, staff, profile });
      setForm(formOf(session, elections.find((x) => x.active)?.id ?? null));
    }, fail);
    return () => {
      live = false;
    };
  }, [session, fail]);

  if (!data || !form) return <Spinner label={ui.common.loading} />;
  const set = <K extends keyof Form>(key: K, v: Form[K]) => {
    setForm({ ...form, [key]: v });
    setErrors({});
  };

  const save = async () => {
    setBusy(true);
    setErrors({});
    try {
      const saved = await call('sessions.save', {
        ...(session ? { id: session.id } : {}),
        electionId: form.electionId,
        date: form.date, startTime: form.startTime, endTime: form.endTime || null, timeZone: form.timeZone,
        place: form.place, topic: form.topic, speakers: form.speakers.split('\n'),
        signer: form.signerOther ? form.signer : null,
        sheetTitle: form.sheetTitle || null, signCity: form.signCity || null, audience: form.audience,
      });
      onSaved(saved);
    } catch (e) {
      fail(e, (field, message) => {
        setErrors({ [field]: message });
        return true;
      });
    } finally {
      setBusy(false);
    }
  };

  const err = (k: string) => ({ validationMessage: errors[k], validationState: errors[k] ? ('error' as const) : ('none' as const) });
  const head = data.profile.headName;
  return (
    <form className={styles.root} noValidate onSubmit={(e) => { e.preventDefault(); if (!busy) void save(); }}>
      <Text as="h1" className={styles.title}>{session ? s.editTitle : s.newTitle}</Text>
      <section className={styles.section}>
        <Field label={f.date} required {...err('date')}>
          <Input type="date" name="date" value={form.date} disabled={readOnly} onChange={(_, d) => set('date', d.value)} />
        </Field>
        <Field label={f.startTime} required {...err('startTime')}>
          <Input type="time" name="startTime" value={form.startTime} disabled={readOnly} onChange={(_, d) => set('startTime', d.value)} />
        </Field>
        <Field label={f.endTime} hint={f.endTimeHint} {...err('endTime')}>
          <Input type="time" name="endTime" value={form.endTime} disabled={readOnly} onChange={(_, d) => set('endTime', d.value)} />
        </Field>
        <Field label={f.timeZone}>
          <Select name="timeZone" value={form.timeZone} disabled={readOnly} onChange={(_, d) => set('timeZone', d.value as Form['timeZone'])}>
            {['WIB', 'WITA', 'WIT'].map((z) => <option key={z}>{z}</option>)}
          </Select>
        </Field>
        <Field label={f.topic} hint={f.topicHint} required className={styles.wide} {...err('topic')}>
          <Input name="topic" value={form.topic} disabled={readOnly} onChange={(_, d) => set('topic', d.value)} />
        </Field>
        <Field label={f.place} hint={f.placeHint} className={styles.half} {...err('place')}>
          <Input name="place" value={form.place} disabled={readOnly} onChange={(_, d) => set('place', d.value)} />
        </Field>
        <Field label={f.election} className={styles.half}>
          <Select name="electionId" value={form.electionId === null ? '' : String(form.electionId)} disabled={readOnly} onChange={(_, d) => set('electionId', d.value ? Number(d.value) : null)}>
            <option value="">{f.noElection}</option>
            {data.elections.map((x) => <option key={x.id} value={String(x.id)}>{x.name}</option>)}
          </Select>
        </Field>
        <Field label={f.speakers} hint={f.speakersHint} className={styles.wide}>
          <Textarea name="speakers" rows={2} value={form.speakers} disabled={readOnly} onChange={(_, d) => set('speakers', d.value)} />
        </Field>
      </section>
      <section className={styles.section}>
        <div className={styles.wide}>
          <AudiencePicker value={form.audience} onChange={(a) => set('audience', a)} units={data.units} staff={data.staff} disabled={readOnly} error={errors.audience} />
        </div>
      </section>
      <section className={styles.section}>
        <Field label={f.signer} className={styles.wide}>
          <RadioGroup layout="horizontal" value={form.signerOther ? 'other' : 'head'} disabled={readOnly} onChange={(_, d) => set('signerOther', d.value === 'other')}>
            <Radio value="head" label={`${f.signerHead}${head ? `: ${head}` : ''}`} />
            <Radio value="other" label={f.signerOther} />
          </RadioGroup>
        </Field>
        {!form.signerOther && !head && <Text className={`${styles.wide} ${styles.hint}`}>{f.signerHeadMissing}</Text>}
        {form.signerOther && (['name', 'nip', 'rank', 'position'] as const).map((k) => (
          <Field key={k} label={f[`signer${k[0]!.toUpperCase()}${k.slice(1)}` as 'signerName']} className={styles.half} {...err(`signer${k[0]!.toUpperCase()}${k.slice(1)}`)}>
            <Input name={`signer-${k}`} value={form.signer[k]} disabled={readOnly} onChange={(_, d) => set('signer', { ...form.signer, [k]: d.value })} />
          </Field>
        ))}
        <Field label={s.sheetTitle} hint={s.sheetTitleHint} className={styles.half}>
          <Input name="sheetTitle" value={form.sheetTitle} placeholder={ui.documents.attendanceTitle} disabled={readOnly} onChange={(_, d) => set('sheetTitle', d.value)} />
        </Field>
        <Field label={s.signCity} hint={s.signCityHint} className={styles.half}>
          <Input name="signCity" value={form.signCity} placeholder={data.profile.regency.replace(/^(kabupaten|kota)\s+/i, '')} disabled={readOnly} onChange={(_, d) => set('signCity', d.value)} />
        </Field>
      </section>
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={readOnly || busy}>{busy ? ui.common.saving : ui.common.save}</Button>
        <Button onClick={onCancel}>{ui.common.cancel}</Button>
      </div>
    </form>
  );
}
