// "Profil OPD": the letterhead, the head of the OPD and the satgas secretary, with a live kop surat preview.
import { useCallback, useEffect, useMemo, useState } from 'react';
import {
  Button, Field, Input, MessageBar, MessageBarBody, Spinner, Text, Textarea, makeStyles, tokens,
} from '@fluentui/react-components';
import type { Profile } from '../../../../electron/core/contract';
import { ApiCallError, call } from '../../lib/api';
import { Letterhead } from './Letterhead';
import { useNotify } from '../../components/toast';
import { fill, formatDateTime, ui } from '../../lib/messages';
import type { ScreenProps } from '../../screens';
import { chooseFile } from '../../lib/files';

type Fields = Omit<Profile, 'emblem' | 'updatedAt'>;
type FieldKey = keyof Fields;

const EMPTY: Fields = {
  opdName: '', regency: '', address: '', postcode: '', phone: '', email: '', website: '', headName: '', headNip: '',
  headRank: '', headPosition: '', secretaryName: '', secretaryNip: '',
};

const useStyles = makeStyles({
  root: { display: 'grid', gridTemplateColumns: 'minmax(380px, 1fr) minmax(360px, 520px)', gap: '20px', padding: '16px 20px', alignItems: 'start' },
  form: { display: 'flex', flexDirection: 'column', gap: '14px' },
  section: { backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusMedium, padding: '12px 16px', display: 'grid', gridTemplateColumns: '1fr 1fr', gap: '10px 14px', boxShadow: tokens.shadow2 },
  sectionTitle: { gridColumn: '1 / 3', fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
  wide: { gridColumn: '1 / 3' },
  preview: { position: 'sticky', top: '16px', display: 'flex', flexDirection: 'column', gap: '8px' },
  actions: { display: 'flex', gap: '8px', alignItems: 'center' },
  emblemRow: { gridColumn: '1 / 3', display: 'flex', gap: '8px', alignItems: 'center', flexWrap: 'wrap' },
  hint: { color: tokens.colorNeutralForeground3 },
  title: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
});

export function ProfileScreen({ onChanged, readOnly }: ScreenProps) {
  const styles = useStyles();
  const notify = useNotify();
  const [saved, setSaved] = useState<Profile | null>(null);
  const [fields, setFields] = useState<Fields>(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<FieldKey, string>>>({});
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    const p = await call('profile.get', {});
    setSaved(p);
    const { emblem: _e, updatedAt: _u, ...rest } = p;
    setFields(rest);
  }, []);
  useEffect(() => void load(), [load]);

  const dirty = useMemo(() => saved !== null && (Object.keys(EMPTY) as FieldKey[]).some((k) => fields[k] !== saved[k]), [fields, saved]);

  const fail = (e: unknown) => {
    if (e instanceof ApiCallError && e.field) setErrors({ [e.field]: e.message });
    notify(e instanceof Error ? e.message : String(e), 'error');
  };

  const save = async () => {
    setBusy(true);
    setErrors({});
    try {
      const p = await call('profile.save', fields);
      setSaved(p);
      notify(ui.profile.saved);
      onChanged();
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };

  const chooseEmblem = async () => {
    try {
      const file = await chooseFile('emblem');
      if (!file) return;
      setSaved(await call('profile.setEmblem', { ref: file.ref }));
      notify(ui.profile.emblemSaved);
    } catch (e) {
      fail(e);
    }
  };

  const removeEmblem = async () => {
    const previous = saved?.emblem ?? null;
    try {
      setSaved(await call('profile.clearEmblem', {}));
      notify(ui.profile.emblemRemoved, 'success', previous ? {
        label: ui.common.undo,
        onClick: () => void call('profile.restoreEmblem', previous).then(setSaved, fail),
      } : undefined);
    } catch (e) {
      fail(e);
    }
  };

  if (!saved) return <Spinner label={ui.common.loading} />;

  const field = (key: FieldKey, label: string, opts: { hint?: string; wide?: boolean; multiline?: boolean; inputMode?: 'numeric' | 'email' | 'tel' } = {}) => (
    <Field
      key={key}
      label={label}
      className={opts.wide ? styles.wide : undefined}
      hint={opts.hint}
      validationMessage={errors[key]}
      validationState={errors[key] ? 'error' : 'none'}
    >
      {opts.multiline
        ? <Textarea value={fields[key]} rows={2} disabled={readOnly} onChange={(_, d) => setFields({ ...fields, [key]: d.value })} name={key} />
        : <Input value={fields[key]} disabled={readOnly} inputMode={opts.inputMode} onChange={(_, d) => setFields({ ...fields, [key]: d.value })} name={key} />}
    </Field>
  );

  const p = ui.profile;
  return (
    <div className={styles.root} onKeyDown={(e) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
        e.preventDefault();
        if (!readOnly && dirty) void save();
      }
    }}>
      <form className={styles.form} onSubmit={(e) => { e.preventDefault(); void save(); }}>
        <Text as="h1" className={styles.title}>{p.title}</Text>
        <Text className={styles.hint}>{saved.opdName ? p.intro : p.emptyHint}</Text>
        <section className={styles.section}>
          <Text className={styles.sectionTitle}>{p.sectionOpd}</Text>
          {field('opdName', p.opdName, { hint: p.opdNameHint, wide: true })}
          {field('regency', p.regency, { hint: p.regencyHint, wide: true })}
          {field('address', p.address, { wide: true, multiline: true })}
          {field('postcode', p.postcode, { inputMode: 'numeric' })}
          {field('phone', p.phone, { inputMode: 'tel' })}
          {field('email', p.email, { inputMode: 'email' })}
          {field('website', p.website)}
        </section>
        <section className={styles.section}>
          <Text className={styles.sectionTitle}>{p.sectionEmblem}</Text>
          <div className={styles.emblemRow}>
            <Button disabled={readOnly} onClick={() => void chooseEmblem()}>{p.emblemChoose}</Button>
            {saved.emblem && <Button appearance="subtle" disabled={readOnly} onClick={() => void removeEmblem()}>{ui.common.remove}</Button>}
            <Text size={200} className={styles.hint}>{p.emblemHint}</Text>
          </div>
        </section>
        <section className={styles.section}>
          <Text className={styles.sectionTitle}>{p.sectionHead}</Text>
          {field('headName', p.headName, { wide: true })}
          {field('headNip', p.headNip, { inputMode: 'numeric' })}
          {field('headRank', p.headRank, { hint: p.headRankHint })}
          {field('headPosition', p.headPosition, { wide: true })}
        </section>
        <section className={styles.section}>
          <Text className={styles.sectionTitle}>{p.sectionSecretary}</Text>
          {field('secretaryName', p.secretaryName)}
          {field('secretaryNip', p.secretaryNip, { inputMode: 'numeric' })}
        </section>
        <div className={styles.actions}>
          <Button appearance="primary" type="submit" disabled={readOnly || busy || !dirty}>{busy ? ui.common.saving : ui.common.save}</Button>
          {dirty && <Text className={styles.hint}>{p.unsaved}</Text>}
          {!dirty && saved.updatedAt && <Text className={styles.hint}>{fill(p.lastSaved, { when: formatDateTime(saved.updatedAt) })}</Text>}
        </div>
      </form>
      <aside className={styles.preview} aria-label={p.preview}>
        <Text weight="semibold">{p.preview}</Text>
        <Letterhead data={{ ...fields, emblem: saved.emblem }} />
        <MessageBar intent="info"><MessageBarBody>{p.previewNote}</MessageBarBody></MessageBar>
      </aside>
    </div>
  );
}
