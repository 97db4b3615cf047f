// Who a session is for: the whole OPD, chosen units, or chosen people. The people picker searches the roster by
// name or NIP and can add a whole unit's active staff at once; chosen people who have left since are shown as
// such (they stay in the audience but are not printed).
import { useMemo, useState } from 'react';
import { Badge, Button, Checkbox, Field, Input, Label, Radio, RadioGroup, Select, Text, makeStyles, tokens, useId } from '@fluentui/react-components';
import type { Audience, Staff, Unit } from '../../../../electron/core/contract';
import { fill, ui } from '../../lib/messages';

const s = ui.sessions;
const SHOWN = 30;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '8px' },
  units: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: '2px 12px', maxHeight: '220px', overflowY: 'auto', padding: '4px', border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  pickRow: { display: 'flex', gap: '8px', alignItems: 'end', flexWrap: 'wrap' },
  columns: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: '12px' },
  list: { listStyle: 'none', margin: 0, padding: '4px', maxHeight: '240px', overflowY: 'auto', border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, display: 'flex', flexDirection: 'column', gap: '2px' },
  item: { display: 'flex', alignItems: 'center', gap: '6px', justifyContent: 'space-between', padding: '2px 4px' },
  who: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  sub: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  hint: { color: tokens.colorNeutralForeground3 },
  error: { color: tokens.colorPaletteRedForeground1 },
});

export interface AudiencePickerProps {
  value: Audience;
  onChange: (a: Audience) => void;
  units: Unit[];
  /** the roster (active and left), for the people picker */
  staff: Staff[];
  disabled?: boolean;
  error?: string;
}

const digits = (t: string) => t.replace(/\D/g, '');

export function AudiencePicker({ value, onChange, units, staff, disabled, error }: AudiencePickerProps) {
  const styles = useStyles();
  const labelId = useId('audience');
  const [query, setQuery] = useState('');
  const [unitToAdd, setUnitToAdd] = useState<string>('');
  const byId = useMemo(() => new Map(staff.map((p) => [p.id, p])), [staff]);
  const chosenIds = value.kind === 'STAFF' ? value.staffIds : [];
  const chosen = useMemo(() => new Set(chosenIds), [chosenIds]);

  const matches = useMemo(() => {
    const q = query.trim().toLowerCase();
    const qd = digits(q);
    if (!q) return [];
    return staff.filter((p) => p.status === 'ACTIVE' && !chosen.has(p.id) && (p.name.toLowerCase().includes(q) || (qd.length >= 4 && `${p.nip ?? ''}${p.nik ?? ''}`.includes(qd))));
  }, [query, staff, chosen]);

  const setKind = (kind: Audience['kind']) => {
    if (kind === 'ALL') onChange({ kind });
    else if (kind === 'UNITS') onChange({ kind, unitIds: value.kind === 'UNITS' ? value.unitIds : [] });
    else onChange({ kind, staffIds: value.kind === 'STAFF' ? value.staffIds : [] });
  };
  const addPeople = (ids: number[]) => onChange({ kind: 'STAFF', staffIds: [...new Set([...chosenIds, ...ids])] });
  const removePerson = (id: number) => onChange({ kind: 'STAFF', staffIds: chosenIds.filter((x) => x !== id) });
  const toggleUnit = (id: number, on: boolean) => {
    const ids = value.kind === 'UNITS' ? value.unitIds : [];
    onChange({ kind: 'UNITS', unitIds: on ? [...new Set([...ids, id])] : ids.filter((x) => x !== id) });
  };

  return (
    // a group, not a Field: a Field would give every checkbox and input inside it the group's label as its name
    <div className={styles.root} role="group" aria-labelledby={labelId}>
        <Label id={labelId} weight="semibold">{s.fields.audience}</Label>
        <RadioGroup layout="horizontal" value={value.kind} disabled={disabled} onChange={(_, d) => setKind(d.value as Audience['kind'])} aria-labelledby={labelId}>
          {(['ALL', 'UNITS', 'STAFF'] as const).map((k) => <Radio key={k} value={k} label={s.audienceKinds[k]} />)}
        </RadioGroup>

        {value.kind === 'UNITS' && (units.length === 0
          ? <Text className={styles.hint}>{s.unitsNone}</Text>
          : (
            <div className={styles.units} role="group" aria-label={s.audienceKinds.UNITS}>
              {units.map((u) => (
                <Checkbox key={u.id} disabled={disabled} checked={value.unitIds.includes(u.id)} onChange={(_, d) => toggleUnit(u.id, d.checked === true)} label={`${u.name} (${u.activeStaff})`} />
              ))}
            </div>
          ))}

        {value.kind === 'STAFF' && (
          <div className={styles.columns}>
            <div className={styles.root}>
              <Input type="search" placeholder={s.pickerSearch} aria-label={s.pickerSearch} value={query} disabled={disabled} onChange={(_, d) => setQuery(d.value)} />
              {query.trim() && (
                <ul className={styles.list} aria-label={s.pickerSearch}>
                  {matches.length === 0 && <li className={styles.item}><Text className={styles.hint}>{s.pickerNoMatch}</Text></li>}
                  {matches.slice(0, SHOWN).map((p) => (
                    <li key={p.id} className={styles.item}>
                      <span className={styles.who}><Text truncate wrap={false}>{p.name}</Text><span className={styles.sub}>{p.unitName ?? ui.roster.noUnit}</span></span>
                      <Button size="small" disabled={disabled} onClick={() => addPeople([p.id])} aria-label={`${s.pickerAdd} ${p.name}`}>{s.pickerAdd}</Button>
                    </li>
                  ))}
                  {matches.length > SHOWN && <li className={styles.item}><Text className={styles.hint}>{fill(s.pickerMore, { count: matches.length - SHOWN })}</Text></li>}
                </ul>
              )}
              <div className={styles.pickRow}>
                <Field label={s.pickerUnit} style={{ flex: 1 }}>
                  <Select value={unitToAdd} disabled={disabled} onChange={(_, d) => setUnitToAdd(d.value)}>
                    <option value="">—</option>
                    {units.map((u) => <option key={u.id} value={String(u.id)}>{`${u.name} (${u.activeStaff})`}</option>)}
                  </Select>
                </Field>
                <Button disabled={disabled || !unitToAdd} onClick={() => addPeople(staff.filter((p) => p.status === 'ACTIVE' && p.unitId === Number(unitToAdd)).map((p) => p.id))}>{s.pickerAddUnit}</Button>
              </div>
            </div>
            <div className={styles.root}>
              <Text weight="semibold">{fill(s.pickerChosen, { count: chosenIds.length })}</Text>
              <ul className={styles.list} aria-label={fill(s.pickerChosen, { count: chosenIds.length })}>
                {chosenIds.map((id) => {
                  const p = byId.get(id);
                  return (
                    <li key={id} className={styles.item}>
                      <span className={styles.who}>
                        <Text truncate wrap={false}>{p?.name ?? `#${id}`}</Text>
                        <span className={styles.sub}>{p?.unitName ?? ui.roster.noUnit}</span>
                      </span>
                      {p && p.status !== 'ACTIVE' && <Badge appearance="tint" color="warning">{s.leftBadge}</Badge>}
                      <Button size="small" appearance="subtle" disabled={disabled} onClick={() => removePerson(id)} aria-label={`${s.pickerRemove} ${p?.name ?? id}`}>{s.pickerRemove}</Button>
                    </li>
                  );
                })}
              </ul>
            </div>
          </div>
        )}
        {error && <Text role="alert" className={styles.error}>{error}</Text>}
    </div>
  );
}
