// "Profil OPD": the letterhead, the head of the OPD and the satgas secretary, with a live kop surat preview.
// One save model for everything on the screen, the emblem included: a change (a typed field, a chosen or removed
// emblem) is shown at once and kept with Simpan (or Ctrl+S); the bar with Simpan stays in view at the bottom;
// leaving the screen with unsaved changes asks first. After a save the form shows what was saved (a NIP typed
// with spaces comes back as its 18 digits).
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Input, MessageBar,
  MessageBarBody, Spinner, Text, Textarea, makeStyles, tokens,
} from '@fluentui/react-components';
import type { Profile } from '../../../../electron/core/contract';
import type { Emblem } from '../../../../electron/core/profile/types';
import { ApiCallError, call } from '../../lib/api';
import { Letterhead } from './Letterhead';
import { useNotify } from '../../components/toast';
import { fill, formatDateTime, ui } from '../../lib/messages';
import type { ScreenProps } from '../../screens';
import { chooseFile } from '../../lib/files';
import { errorText } from '../../lib/useFail';

type Fields = Omit<Profile, 'emblem' | 'updatedAt'>;
type FieldKey = keyof Fields;

const EMPTY: Fields = {
  opdName: '', regency: '', address: '', postcode: '', phone: '', email: '', website: '', headName: '', headNip: '',
  headRank: '', headPosition: '', secretaryName: '', secretaryNip: '',
};
const KEYS = Object.keys(EMPTY) as FieldKey[];

function fieldsOf(p: Profile): Fields {
  return Object.fromEntries(KEYS.map((k) => [k, p[k]])) as Fields;
}

/** The emblem as the form has it: as saved, a newly chosen image, or removed. */
type EmblemChange = { kind: 'keep' } | { kind: 'set'; ref: string; emblem: Emblem } | { kind: 'remove' };

const useStyles = makeStyles({
  root: { display: 'grid', gridTemplateColumns: 'minmax(380px, 1fr) minmax(360px, 520px)', gap: '20px', padding: '16px 20px 0', alignItems: 'start' },
  form: { display: 'flex', flexDirection: 'column', gap: '14px' },
  section: { backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusMedium, padding: '12px 16px', display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', gap: '10px 14px', boxShadow: tokens.shadow2 },
  sectionTitle: { gridColumn: '1 / 3', fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
  wide: { gridColumn: '1 / 3' },
  preview: { position: 'sticky', top: '16px', display: 'flex', flexDirection: 'column', gap: '8px' },
  // always in view at 1366×768: the bar sticks to the bottom of the scrolling work area
  actions: {
    position: 'sticky', bottom: 0, zIndex: 1, display: 'flex', gap: '10px', alignItems: 'center', flexWrap: 'wrap',
    margin: '0 -20px', padding: '10px 20px', backgroundColor: tokens.colorNeutralBackground2,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`, boxShadow: '0 -2px 6px rgba(0,0,0,0.06)',
  },
  shortcut: {
    fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3, border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusSmall, padding: '0 4px', fontFamily: tokens.fontFamilyMonospace,
  },
  emblemRow: { gridColumn: '1 / 3', display: 'flex', gap: '8px', alignItems: 'center', flexWrap: 'wrap' },
  hint: { color: tokens.colorNeutralForeground3 },
  pending: { color: tokens.colorPaletteDarkOrangeForeground1 },
  title: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
});

export function ProfileScreen({ onChanged, readOnly, setLeaveGuard }: ScreenProps) {
  const styles = useStyles();
  const notify = useNotify();
  const [saved, setSaved] = useState<Profile | null>(null);
  const [fields, setFields] = useState<Fields>(EMPTY);
  const [emblem, setEmblem] = useState<EmblemChange>({ kind: 'keep' });
  const [errors, setErrors] = useState<Partial<Record<FieldKey, string>>>({});
  const [busy, setBusy] = useState(false);
  /** the answer to "leave without saving?", while it is asked */
  const [asking, setAsking] = useState<((leave: boolean) => void) | null>(null);

  const show = useCallback((p: Profile) => {
    setSaved(p);
    setFields(fieldsOf(p));
    setEmblem({ kind: 'keep' });
  }, []);

  useEffect(() => {
    call('profile.get', {}).then(show, (e: unknown) => notify(errorText(e), 'error'));
  }, [show, notify]);

  const dirty = useMemo(
    () => saved !== null && (emblem.kind !== 'keep' || KEYS.some((k) => fields[k] !== saved[k])),
    [fields, saved, emblem],
  );

  /** an error about a field shows at the field (and goes when the field is changed); any other as a toast */
  const fail = useCallback((e: unknown) => {
    if (e instanceof ApiCallError && e.field && e.field in EMPTY) {
      setErrors({ [e.field]: e.message });
      return;
    }
    notify(errorText(e), 'error');
  }, [notify]);

  const save = useCallback(async (): Promise<boolean> => {
    setBusy(true);
    setErrors({});
    try {
      const input = {
        ...fields,
        ...(emblem.kind === 'set' ? { emblem: { ref: emblem.ref } } : emblem.kind === 'remove' ? { emblem: null } : {}),
      };
      show(await call('profile.save', input));
      notify(ui.profile.saved);
      onChanged();
      return true;
    } catch (e) {
      fail(e);
      return false;
    } finally {
      setBusy(false);
    }
  }, [fields, emblem, show, notify, onChanged, fail]);

  // Ctrl+S anywhere on the screen (not while a dialog of it is open)
  const saveRef = useRef(save);
  saveRef.current = save;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.key.toLowerCase() !== 's') return;
      e.preventDefault();
      if (!readOnly && dirty && !busy && !asking) void saveRef.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [readOnly, dirty, busy, asking]);

  // leaving with unsaved changes asks first
  useEffect(() => {
    if (!setLeaveGuard) return;
    setLeaveGuard(dirty ? () => new Promise<boolean>((resolve) => setAsking(() => resolve)) : null);
    return () => setLeaveGuard(null);
  }, [dirty, setLeaveGuard]);
  const answer = (leave: boolean) => {
    asking?.(leave);
    setAsking(null);
  };

  const chooseEmblem = async () => {
    try {
      const file = await chooseFile('emblem');
      if (!file) return;
      setEmblem({ kind: 'set', ref: file.ref, emblem: await call('profile.emblemPreview', { ref: file.ref }) });
    } catch (e) {
      fail(e);
    }
  };

  if (!saved) return <Spinner label={ui.common.loading} />;

  const setField = (key: FieldKey, value: string) => {
    setFields((f) => ({ ...f, [key]: value }));
    if (errors[key]) setErrors((prev) => ({ ...prev, [key]: undefined }));
  };
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
        ? <Textarea value={fields[key]} rows={2} disabled={readOnly} onChange={(_, d) => setField(key, d.value)} name={key} />
        : <Input value={fields[key]} disabled={readOnly} inputMode={opts.inputMode} onChange={(_, d) => setField(key, d.value)} name={key} />}
    </Field>
  );

  const p = ui.profile;
  const shownEmblem = emblem.kind === 'set' ? emblem.emblem : emblem.kind === 'remove' ? null : saved.emblem;
  return (
    <div className={styles.root}>
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
            {shownEmblem && <Button appearance="subtle" disabled={readOnly} onClick={() => setEmblem(saved.emblem ? { kind: 'remove' } : { kind: 'keep' })}>{ui.common.remove}</Button>}
            {emblem.kind !== 'keep' && <Button appearance="subtle" onClick={() => setEmblem({ kind: 'keep' })}>{p.emblemUndo}</Button>}
            {emblem.kind === 'keep' && <Text size={200} className={styles.hint}>{p.emblemHint}</Text>}
            {emblem.kind === 'set' && <Text size={200} className={styles.pending} data-testid="emblem-pending">{p.emblemChosen}</Text>}
            {emblem.kind === 'remove' && <Text size={200} className={styles.pending} data-testid="emblem-pending">{p.emblemRemovedPending}</Text>}
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
        <div className={styles.actions} data-testid="profile-actions">
          <Button appearance="primary" type="submit" aria-keyshortcuts="Control+S" disabled={readOnly || busy || !dirty}>
            {busy ? ui.common.saving : ui.common.save}
          </Button>
          <kbd className={styles.shortcut}>{p.saveShortcut}</kbd>
          {dirty && <Text className={styles.pending}>{p.unsaved}</Text>}
          {!dirty && saved.updatedAt && <Text className={styles.hint}>{fill(p.lastSaved, { when: formatDateTime(saved.updatedAt) })}</Text>}
        </div>
      </form>
      <aside className={styles.preview} aria-label={p.preview}>
        <Text weight="semibold">{p.preview}</Text>
        <Letterhead data={{ ...fields, emblem: shownEmblem }} />
        <MessageBar intent="info"><MessageBarBody>{p.previewNote}</MessageBarBody></MessageBar>
      </aside>
      <Dialog open={asking !== null} modalType="alert" onOpenChange={(_, d) => { if (!d.open) answer(false); }}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{p.leaveTitle}</DialogTitle>
            <DialogContent>{p.leaveBody}</DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={() => answer(false)}>{p.leaveStay}</Button>
              <Button onClick={() => answer(true)}>{p.leaveDiscard}</Button>
              <Button appearance="primary" disabled={readOnly || busy} onClick={() => void save().then((ok) => answer(ok))}>{p.leaveSave}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}
