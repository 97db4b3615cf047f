// "Jadwal Pemilihan" (under Pengaturan): the elections, each with the dates of its stages; one is active. A
// secretary sets this once per election, starting from the Pilkada 2024 preset or a blank one.
import { useCallback, useEffect, useMemo, useState } from 'react';
import {
  Badge, Button, Field, Input, Menu, MenuItem,
  MenuList, MenuPopover, MenuTrigger, Select, Spinner, Text, makeStyles, tokens,
} from '@fluentui/react-components';
import type { Election, ElectionPreset, StageField } from '../../../../electron/core/contract';
import { call } from '../../lib/api';
import { fill, formatDateLong, ui } from '../../lib/messages';
import { useNotify } from '../../components/toast';
import { RemoveDialog } from '../../components/RemoveDialog';
import { useFail } from '../../lib/useFail';
import type { ScreenProps } from '../../screens';

const e = ui.elections;
const PRESETS: ElectionPreset[] = ['PILKADA_2024', 'PEMILU_BLANK', 'PILKADA_BLANK'];
/** in pairs, as the calendar reads: a stage's start beside its end */
const STAGES: StageField[] = ['registrationStart', 'registrationEnd', 'candidatesSet', 'numbersDrawn', 'campaignStart', 'campaignEnd', 'quietStart', 'quietEnd', 'votingDay', 'recapEnd'];

type Fields = Omit<Election, 'id' | 'active' | 'updatedAt'>;

const useStyles = makeStyles({
  root: { display: 'grid', gridTemplateColumns: 'minmax(240px, 300px) minmax(420px, 720px)', gap: '20px', padding: '16px 20px', alignItems: 'start' },
  column: { display: 'flex', flexDirection: 'column', gap: '10px' },
  title: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  hint: { color: tokens.colorNeutralForeground3 },
  item: { justifyContent: 'flex-start', textAlign: 'left', height: 'auto', padding: '8px 10px', display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: '2px', width: '100%' },
  itemHead: { display: 'flex', gap: '6px', alignItems: 'center' },
  section: { backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusMedium, padding: '12px 16px', boxShadow: tokens.shadow2, display: 'grid', gridTemplateColumns: '1fr 1fr', gap: '10px 14px' },
  wide: { gridColumn: '1 / 3' },
  actions: { display: 'flex', gap: '8px', alignItems: 'center', flexWrap: 'wrap' },
  empty: { backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusMedium, padding: '20px', boxShadow: tokens.shadow2, display: 'flex', flexDirection: 'column', gap: '12px', alignItems: 'flex-start', gridColumn: '1 / 3', maxWidth: '720px' },
});

function fieldsOf(x: Election): Fields {
  const { id: _i, active: _a, updatedAt: _u, ...rest } = x;
  return rest;
}

export function ElectionsScreen({ onChanged, readOnly }: ScreenProps) {
  const styles = useStyles();
  const notify = useNotify();
  const fail = useFail();
  const [elections, setElections] = useState<Election[] | null>(null);
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [fields, setFields] = useState<Fields | null>(null);
  const [errors, setErrors] = useState<Partial<Record<keyof Fields, string>>>({});
  const [confirmRemove, setConfirmRemove] = useState(false);
  const [busy, setBusy] = useState(false);

  const selected = elections?.find((x) => x.id === selectedId) ?? null;
  const select = useCallback((x: Election | null) => {
    setSelectedId(x?.id ?? null);
    setFields(x ? fieldsOf(x) : null);
    setErrors({});
  }, []);

  const load = useCallback(async (keep?: number) => {
    const list = await call('elections.list', {});
    setElections(list);
    select(list.find((x) => x.id === keep) ?? list.find((x) => x.active) ?? list[0] ?? null);
  }, [select]);
  useEffect(() => void load().catch(fail), [load, fail]);

  const dirty = useMemo(() => selected !== null && fields !== null && JSON.stringify(fieldsOf(selected)) !== JSON.stringify(fields), [selected, fields]);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (err) {
      fail(err, (field, message) => {
        setErrors({ [field]: message });
        return true;
      });
    } finally {
      setBusy(false);
    }
  };

  const create = (preset: ElectionPreset) => run(async () => {
    const made = await call('elections.create', { preset });
    await load(made.id);
    notify(fill(e.created, { name: made.name }));
    onChanged();
  });
  const save = () => run(async () => {
    if (!selected || !fields) return;
    setErrors({});
    const saved = await call('elections.save', { id: selected.id, ...fields });
    await load(saved.id);
    notify(e.saved);
    onChanged();
  });
  const makeActive = () => run(async () => {
    if (!selected) return;
    const made = await call('elections.setActive', { id: selected.id });
    await load(made.id);
    notify(fill(e.madeActive, { name: made.name }));
    onChanged();
  });
  const remove = () => run(async () => {
    if (!selected) return;
    setConfirmRemove(false);
    await call('elections.remove', { id: selected.id });
    await load();
    notify(e.removed);
    onChanged();
  });

  if (!elections) return <Spinner label={ui.common.loading} />;

  const presetMenu = (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button appearance={elections.length ? 'secondary' : 'primary'} disabled={readOnly || busy}>{e.add}</Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>{PRESETS.map((p) => <MenuItem key={p} onClick={() => void create(p)}>{e.presetLabels[p]}</MenuItem>)}</MenuList>
      </MenuPopover>
    </Menu>
  );

  return (
    <div className={styles.root} onKeyDown={(ev) => {
      if ((ev.ctrlKey || ev.metaKey) && ev.key.toLowerCase() === 's') {
        ev.preventDefault();
        if (!readOnly && dirty) void save();
      }
    }}>
      <div className={`${styles.column} ${styles.wide}`}>
        <Text as="h1" className={styles.title}>{e.title}</Text>
        <Text className={styles.hint}>{e.intro}</Text>
      </div>
      {elections.length === 0 ? (
        <div className={styles.empty}>
          <Text weight="semibold" size={400}>{e.emptyTitle}</Text>
          <Text>{e.emptyHint}</Text>
          <div className={styles.actions}>
            {PRESETS.map((p, i) => <Button key={p} appearance={i === 0 ? 'primary' : 'secondary'} disabled={readOnly || busy} onClick={() => void create(p)}>{e.presetLabels[p]}</Button>)}
          </div>
        </div>
      ) : (
        <>
          <nav className={styles.column} aria-label={e.listLabel}>
            {elections.map((x) => (
              <Button key={x.id} className={styles.item} appearance={x.id === selectedId ? 'primary' : 'subtle'} aria-current={x.id === selectedId ? 'true' : undefined} onClick={() => select(x)}>
                <span className={styles.itemHead}>
                  <Text weight="semibold">{x.name}</Text>
                  {x.active && <Badge appearance="tint" color="success">{e.active}</Badge>}
                </span>
                <Text size={200}>{e.kinds[x.kind]}{x.votingDay ? ` · ${e.stages.votingDay}: ${formatDateLong(x.votingDay)}` : ''}</Text>
              </Button>
            ))}
            <div>{presetMenu}</div>
          </nav>
          {selected && fields && (
            <form className={styles.column} noValidate onSubmit={(ev) => { ev.preventDefault(); void save(); }}>
              <section className={styles.section} aria-label={fields.name}>
                <Field label={e.fieldName} className={styles.wide} validationMessage={errors.name} validationState={errors.name ? 'error' : 'none'}>
                  <Input name="name" value={fields.name} disabled={readOnly} onChange={(_, d) => setFields({ ...fields, name: d.value })} />
                </Field>
                <Field label={e.fieldKind}>
                  <Select name="kind" value={fields.kind} disabled={readOnly} onChange={(_, d) => setFields({ ...fields, kind: d.value as Fields['kind'] })}>
                    <option value="PILKADA">{e.kinds.PILKADA}</option>
                    <option value="PEMILU">{e.kinds.PEMILU}</option>
                  </Select>
                </Field>
                <div />
                {STAGES.map((stage) => (
                  <Field key={stage} label={e.stages[stage]} validationMessage={errors[stage]} validationState={errors[stage] ? 'error' : 'none'}>
                    <Input
                      type="date" name={stage} value={fields[stage] ?? ''} disabled={readOnly}
                      onChange={(_, d) => { setFields({ ...fields, [stage]: d.value || null }); setErrors({}); }}
                    />
                  </Field>
                ))}
              </section>
              <div className={styles.actions}>
                <Button appearance="primary" type="submit" disabled={readOnly || busy || !dirty}>{busy ? ui.common.saving : ui.common.save}</Button>
                {!selected.active && <Button disabled={readOnly || busy || dirty} onClick={() => void makeActive()}>{e.makeActive}</Button>}
                {dirty && <Text className={styles.hint}>{e.unsaved}</Text>}
                <Button appearance="subtle" disabled={readOnly || busy} onClick={() => setConfirmRemove(true)} style={{ marginLeft: 'auto' }}>{e.remove}</Button>
              </div>
              <Text size={200} className={styles.hint}>{e.activeHint}</Text>
            </form>
          )}
        </>
      )}
      <RemoveDialog open={confirmRemove} onOpenChange={setConfirmRemove} title={e.remove} onRemove={() => void remove()}>
        {selected && fill(e.removeConfirm, { name: selected.name })}
      </RemoveDialog>
    </div>
  );
}
