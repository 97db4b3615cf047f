// Units on the roster screen, in a side panel: counts, create, rename, and merge (which asks first, naming both
// units and how many staff move).
import { useRef, useState } from 'react';
import {
  Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, DrawerBody, DrawerHeader,
  DrawerHeaderTitle, Field, Input, OverlayDrawer, Select, Text, makeStyles, tokens,
} from '@fluentui/react-components';
import type { Unit } from '../../../../electron/core/staff/types';
import { call } from '../../lib/api';
import { useNotify } from '../../components/toast';
import { fill, ui } from '../../lib/messages';
import { formatCount } from './labels';
import { useFail } from '../../lib/useFail';

const useStyles = makeStyles({
  body: { display: 'flex', flexDirection: 'column', gap: '12px', paddingBottom: '16px' },
  hint: { color: tokens.colorNeutralForeground3 },
  create: { display: 'flex', gap: '8px', alignItems: 'end' },
  grow: { flex: '1 1 auto' },
  list: { display: 'flex', flexDirection: 'column', margin: 0, padding: 0, listStyle: 'none' },
  unit: { padding: '8px 4px', borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, display: 'flex', flexDirection: 'column', gap: '6px' },
  unitHead: { display: 'flex', alignItems: 'center', gap: '8px' },
  unitName: { flex: '1 1 auto', fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  inline: { display: 'flex', gap: '8px', alignItems: 'end' },
});

const u = ui.roster.unitsPanel;

export interface UnitsPanelProps {
  open: boolean;
  units: Unit[];
  readOnly: boolean;
  onClose: () => void;
  /** units changed (a rename or merge also changes what the staff rows show) */
  onChanged: (what: 'created' | 'renamed' | 'merged') => void;
}

type Editing = { kind: 'rename'; id: number; name: string } | { kind: 'merge'; id: number; targetId: string } | null;

export function UnitsPanel({ open, units, readOnly, onClose, onChanged }: UnitsPanelProps) {
  const styles = useStyles();
  const notify = useNotify();
  const fail = useFail();
  const [newName, setNewName] = useState('');
  const [createError, setCreateError] = useState<string>();
  const [renameError, setRenameError] = useState<string>();
  const [editing, setEditing] = useState<Editing>(null);
  const [confirm, setConfirm] = useState<{ source: Unit; target: Unit } | null>(null);
  /** where focus goes when an inline rename/merge form closes (its own buttons are gone) */
  const newNameInput = useRef<HTMLInputElement>(null);
  const endEditing = () => {
    setEditing(null);
    setTimeout(() => newNameInput.current?.focus(), 0);
  };

  const atName = (set: (m: string) => void) => (field: string, message: string) => {
    if (field !== 'name') return false;
    set(message);
    return true;
  };

  const create = async () => {
    if (!newName.trim()) return;
    try {
      const unit = await call('staff.unitCreate', { name: newName });
      setNewName('');
      notify(fill(u.created, { name: unit.name }));
      onChanged('created');
    } catch (e) {
      fail(e, atName(setCreateError));
    }
  };

  const rename = async (id: number, name: string) => {
    try {
      const unit = await call('staff.unitRename', { id, name });
      endEditing();
      notify(fill(u.renamed, { name: unit.name }));
      onChanged('renamed');
    } catch (e) {
      fail(e, atName(setRenameError));
    }
  };

  const merge = async (source: Unit, target: Unit) => {
    setConfirm(null);
    try {
      await call('staff.unitMerge', { sourceId: source.id, targetId: target.id });
      endEditing();
      notify(fill(u.merged, { source: source.name, target: target.name, count: formatCount(source.totalStaff) }));
      onChanged('merged');
    } catch (e) {
      fail(e);
    }
  };

  const askMerge = (source: Unit, targetId: string) => {
    const target = units.find((x) => String(x.id) === targetId);
    if (target) setConfirm({ source, target });
  };

  return (
    <OverlayDrawer position="end" size="medium" open={open} onOpenChange={(_, d) => { if (!d.open) onClose(); }} data-testid="units-panel">
      <DrawerHeader>
        <DrawerHeaderTitle action={<Button appearance="subtle" onClick={onClose}>{u.close}</Button>}>{u.title}</DrawerHeaderTitle>
      </DrawerHeader>
      <DrawerBody className={styles.body}>
        <Text className={styles.hint}>{u.intro}</Text>
        {!readOnly && (
          <form className={styles.create} onSubmit={(e) => { e.preventDefault(); void create(); }}>
            <Field label={u.newName} className={styles.grow} validationMessage={createError} validationState={createError ? 'error' : 'none'}>
              <Input ref={newNameInput} name="unitName" value={newName} onChange={(_, d) => { setNewName(d.value); setCreateError(undefined); }} />
            </Field>
            <Button type="submit" disabled={!newName.trim()}>{u.create}</Button>
          </form>
        )}
        {units.length === 0 && <Text className={styles.hint}>{u.empty}</Text>}
        <ul className={styles.list} aria-label={u.title}>
          {units.map((unit) => (
            <li key={unit.id} className={styles.unit} data-testid={`unit-${unit.id}`}>
              <div className={styles.unitHead}>
                <span className={styles.unitName}>{unit.name}</span>
                <Text size={200} className={styles.hint}>{fill(u.counts, { active: formatCount(unit.activeStaff), total: formatCount(unit.totalStaff) })}</Text>
              </div>
              {unit.aliases.length > 0 && <Text size={200} className={styles.hint}>{fill(u.aliases, { names: unit.aliases.join('; ') })}</Text>}
              {!readOnly && editing?.id !== unit.id && (
                <div className={styles.inline}>
                  <Button size="small" onClick={() => { setRenameError(undefined); setEditing({ kind: 'rename', id: unit.id, name: unit.name }); }}>{u.rename}</Button>
                  {units.length > 1 && <Button size="small" onClick={() => setEditing({ kind: 'merge', id: unit.id, targetId: '' })}>{u.merge}</Button>}
                </div>
              )}
              {editing?.kind === 'rename' && editing.id === unit.id && (
                <form className={styles.inline} onSubmit={(e) => { e.preventDefault(); void rename(unit.id, editing.name); }}>
                  <Field label={fill(u.renameLabel, { name: unit.name })} className={styles.grow} validationMessage={renameError} validationState={renameError ? 'error' : 'none'}>
                    <Input autoFocus value={editing.name} onChange={(_, d) => setEditing({ ...editing, name: d.value })}
                      onKeyDown={(e) => { if (e.key === 'Escape') { e.stopPropagation(); endEditing(); } }} />
                  </Field>
                  <Button type="submit" appearance="primary" disabled={!editing.name.trim()}>{ui.common.save}</Button>
                  <Button onClick={endEditing}>{ui.common.cancel}</Button>
                </form>
              )}
              {editing?.kind === 'merge' && editing.id === unit.id && (
                <form className={styles.inline} onSubmit={(e) => { e.preventDefault(); askMerge(unit, editing.targetId); }}>
                  <Field label={fill(u.mergeInto, { name: unit.name })} className={styles.grow}>
                    <Select autoFocus value={editing.targetId} onChange={(_, d) => setEditing({ ...editing, targetId: d.value })}>
                      <option value="">{u.mergeChoose}</option>
                      {units.filter((x) => x.id !== unit.id).map((x) => <option key={x.id} value={String(x.id)}>{x.name}</option>)}
                    </Select>
                  </Field>
                  <Button type="submit" appearance="primary" disabled={!editing.targetId}>{u.mergeAction}</Button>
                  <Button onClick={endEditing}>{ui.common.cancel}</Button>
                </form>
              )}
            </li>
          ))}
        </ul>
      </DrawerBody>
      <Dialog open={confirm !== null} modalType="alert" onOpenChange={(_, d) => { if (!d.open) setConfirm(null); }}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{u.mergeTitle}</DialogTitle>
            <DialogContent>
              {confirm && fill(u.mergeConfirm, { count: formatCount(confirm.source.totalStaff), source: confirm.source.name, target: confirm.target.name })}
            </DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={() => setConfirm(null)}>{ui.common.cancel}</Button>
              <Button appearance="primary" onClick={() => confirm && void merge(confirm.source, confirm.target)}>{u.mergeAction}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </OverlayDrawer>
  );
}
