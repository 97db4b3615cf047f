// Add or edit one person. Enter saves (also from a select), Esc cancels; the core's messages appear at their field.
// A person added by mistake can be removed from here (after a confirmation); everyone else is marked as left.
import { useState } from 'react';
import type { ReactNode } from 'react';
import {
  Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, DialogTrigger, Field, Input, Select,
  Text, makeStyles, tokens,
} from '@fluentui/react-components';
import type { Staff, Unit } from '../../../../electron/core/staff/types';
import { call } from '../../lib/api';
import { fill, ui } from '../../lib/messages';
import { EMPLOYMENT_OPTIONS, POSITION_TYPE_OPTIONS, employmentLabel, positionTypeLabel } from './labels';
import { EMPTY_FORM, formFromStaff, hasIdentifier, isFormKey, toSaveInput, validateForm } from './staffForm';
import type { StaffForm, StaffFormErrors, StaffFormKey } from './staffForm';
import { useFail } from '../../lib/useFail';
import { DateInput } from './DateInput';

const useStyles = makeStyles({
  surface: { width: 'min(680px, 96vw)', maxWidth: 'min(680px, 96vw)', boxSizing: 'border-box' },
  // minmax(0, 1fr) and min-width 0: a select sizes itself to its longest option ("Otomatis dari jabatan
  // (sekarang: …)"), which must not widen the form past the dialog
  grid: {
    display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', gap: '10px 16px', alignItems: 'start',
    '& > *': { minWidth: 0 },
  },
  select: { width: '100%', minWidth: 0, '& select': { minWidth: 0, textOverflow: 'ellipsis' } },
  wide: { gridColumn: '1 / 3' },
  hint: { color: tokens.colorNeutralForeground3 },
  actions: { alignItems: 'center' },
});

export interface StaffDialogProps {
  /** undefined = closed, null = a new person */
  staff: Staff | null | undefined;
  units: Unit[];
  onClose: () => void;
  onSaved: (staff: Staff, isNew: boolean) => void;
  /** a person removed (added by mistake); absent = no remove button */
  onRemoved?: (staff: Staff) => void;
}

export function StaffDialog({ staff, units, onClose, onSaved, onRemoved }: StaffDialogProps) {
  const styles = useStyles();
  return (
    <Dialog open={staff !== undefined} modalType="modal" onOpenChange={(_, d) => { if (!d.open) onClose(); }}>
      <DialogSurface className={styles.surface}>
        {/* mounted afresh on every open, so the form starts from the person's saved data */}
        {staff !== undefined && <StaffFormBody staff={staff} units={units} onClose={onClose} onSaved={onSaved} onRemoved={onRemoved} />}
      </DialogSurface>
    </Dialog>
  );
}

function StaffFormBody({ staff, units, onClose, onSaved, onRemoved }: StaffDialogProps & { staff: Staff | null }) {
  const styles = useStyles();
  const fail = useFail();
  const [form, setForm] = useState<StaffForm>(() => (staff ? formFromStaff(staff) : EMPTY_FORM));
  const [errors, setErrors] = useState<StaffFormErrors>({});
  const [busy, setBusy] = useState(false);
  /** the typed birth date is no real date */
  const [badDate, setBadDate] = useState(false);
  const [confirmRemove, setConfirmRemove] = useState(false);

  const f = ui.roster.form;
  const set = <K extends StaffFormKey>(key: K, value: StaffForm[K]) => {
    setForm((prev) => ({ ...prev, [key]: value }));
    if (errors[key]) setErrors((prev) => ({ ...prev, [key]: undefined }));
  };

  /** puts the cursor in the field an error is about */
  const focusField = (el: HTMLFormElement, key: string) => {
    const control = el.elements.namedItem(key);
    if (control instanceof HTMLElement) control.focus();
  };

  const save = async (el: HTMLFormElement) => {
    const invalid = validateForm(form);
    if (badDate && !hasIdentifier(form)) invalid.birthDate = ui.roster.dateInvalid;
    setErrors(invalid);
    const first = Object.keys(invalid)[0];
    if (first) {
      focusField(el, first);
      return;
    }
    setBusy(true);
    try {
      const saved = await call('staff.save', toSaveInput(form, staff?.id));
      onSaved(saved, !staff);
    } catch (e) {
      fail(e, (field, message) => {
        if (!isFormKey(field)) return false;
        setErrors({ [field]: message });
        focusField(el, field);
        return true;
      });
    } finally {
      setBusy(false);
    }
  };

  const field = (key: StaffFormKey, label: string, control: ReactNode, opts: { wide?: boolean; hint?: string; required?: boolean } = {}) => (
    <Field
      label={label}
      className={opts.wide ? styles.wide : undefined}
      hint={opts.hint}
      required={opts.required}
      validationMessage={errors[key]}
      validationState={errors[key] ? 'error' : 'none'}
    >
      {control}
    </Field>
  );
  const text = (key: Exclude<StaffFormKey, 'employment' | 'positionType' | 'gender' | 'birthDate'>) => (
    <Input name={key} value={form[key]} onChange={(_, d) => set(key, d.value)} />
  );
  const remove = async () => {
    if (!staff || !onRemoved) return;
    setConfirmRemove(false);
    setBusy(true);
    try {
      await call('staff.remove', { id: staff.id });
      onRemoved(staff);
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };

  const autoType = staff && !staff.positionTypeManual ? fill(f.positionTypeAutoNow, { type: positionTypeLabel(staff.positionType) }) : f.positionTypeAuto;

  return (
    <form
      noValidate
      onSubmit={(e) => { e.preventDefault(); if (!busy) void save(e.currentTarget); }}
      onKeyDown={(e) => {
        // a native select does not submit on Enter by itself
        if (e.key === 'Enter' && (e.target as HTMLElement).tagName === 'SELECT') {
          e.preventDefault();
          e.currentTarget.requestSubmit();
        }
      }}
    >
      <DialogBody>
        <DialogTitle>{staff ? f.editTitle : f.addTitle}</DialogTitle>
        <DialogContent className={styles.grid}>
          {field('name', f.name, text('name'), { wide: true, required: true })}
          {field('identifier', f.identifier, <Input name="identifier" inputMode="numeric" value={form.identifier} onChange={(_, d) => set('identifier', d.value)} />, { hint: f.identifierHint })}
          {field('employment', f.employment, (
            <Select className={styles.select} name="employment" value={form.employment} onChange={(_, d) => set('employment', d.value as StaffForm['employment'])}>
              {EMPLOYMENT_OPTIONS.map((e) => <option key={e} value={e}>{employmentLabel(e)}</option>)}
            </Select>
          ))}
          {field('rank', f.rank, text('rank'), { hint: f.rankHint })}
          {field('unitId', f.unit, (
            <Select className={styles.select} name="unitId" value={form.unitId} onChange={(_, d) => set('unitId', d.value)}>
              <option value="">{ui.roster.noUnit}</option>
              {units.map((u) => <option key={u.id} value={String(u.id)}>{u.name}</option>)}
            </Select>
          ))}
          {field('position', f.position, text('position'), { wide: true })}
          {field('positionType', f.positionType, (
            <Select className={styles.select} name="positionType" value={form.positionType} onChange={(_, d) => set('positionType', d.value as StaffForm['positionType'])}>
              <option value="">{autoType}</option>
              {POSITION_TYPE_OPTIONS.map((t) => <option key={t} value={t}>{positionTypeLabel(t)}</option>)}
            </Select>
          ))}
          {field('gender', f.gender, (
            <Select className={styles.select} name="gender" value={form.gender} onChange={(_, d) => set('gender', d.value as StaffForm['gender'])}>
              <option value="">{f.genderUnknown}</option>
              <option value="L">{ui.roster.gender.L}</option>
              <option value="P">{ui.roster.gender.P}</option>
            </Select>
          ))}
          {field('birthPlace', f.birthPlace, text('birthPlace'))}
          {hasIdentifier(form)
            ? <Text size={200} className={styles.hint} style={{ alignSelf: 'end' }}>{f.birthDateFromId}</Text>
            : field('birthDate', f.birthDate, (
              <DateInput name="birthDate" value={form.birthDate} onChange={(iso) => { setBadDate(iso === null); set('birthDate', iso ?? ''); }} />
            ))}
        </DialogContent>
        <DialogActions fluid className={styles.actions}>
          {staff && onRemoved && (
            <Dialog modalType="alert" open={confirmRemove} onOpenChange={(_, d) => setConfirmRemove(d.open)}>
              <DialogTrigger disableButtonEnhancement>
                <Button appearance="subtle" disabled={busy}>{f.remove}</Button>
              </DialogTrigger>
              <DialogSurface>
                <DialogBody>
                  <DialogTitle>{ui.roster.remove.title}</DialogTitle>
                  <DialogContent>{fill(ui.roster.remove.body, { name: staff.name })}</DialogContent>
                  <DialogActions>
                    <DialogTrigger disableButtonEnhancement><Button appearance="secondary">{ui.common.cancel}</Button></DialogTrigger>
                    <Button appearance="primary" onClick={() => void remove()}>{ui.roster.remove.confirm}</Button>
                  </DialogActions>
                </DialogBody>
              </DialogSurface>
            </Dialog>
          )}
          <Text size={200} className={styles.hint} style={{ marginRight: 'auto' }}>{f.keysHint}</Text>
          <Button appearance="secondary" onClick={onClose}>{ui.common.cancel}</Button>
          <Button appearance="primary" type="submit" disabled={busy}>{busy ? ui.common.saving : ui.common.save}</Button>
        </DialogActions>
      </DialogBody>
    </form>
  );
}
