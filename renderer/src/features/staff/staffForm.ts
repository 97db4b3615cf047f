// The add/edit form's values as text (what the inputs hold) and their conversion to the staff.save input.
import type { InputOf } from '../../../../electron/core/contract';
import type { Employment, Gender, PositionType, Staff } from '../../../../electron/core/staff/types';
import { ui } from '../../lib/messages';
import { formatIdentifier } from './labels';

export interface StaffForm {
  name: string;
  identifier: string;
  employment: Employment;
  rank: string;
  position: string;
  /** '' = derive from the position text */
  positionType: PositionType | '';
  /** '' = no unit */
  unitId: string;
  gender: Gender | '';
  birthDate: string;
  birthPlace: string;
}

export type StaffFormKey = keyof StaffForm;
export type StaffFormErrors = Partial<Record<StaffFormKey, string>>;

export const EMPTY_FORM: StaffForm = {
  name: '', identifier: '', employment: 'PNS', rank: '', position: '', positionType: '', unitId: '', gender: '',
  birthDate: '', birthPlace: '',
};

export function formFromStaff(s: Staff): StaffForm {
  return {
    name: s.name,
    identifier: formatIdentifier(s),
    employment: s.employment,
    rank: s.rank ?? '',
    position: s.position ?? '',
    positionType: s.positionTypeManual ? s.positionType : '',
    unitId: s.unitId === null ? '' : String(s.unitId),
    gender: s.gender ?? '',
    birthDate: s.birthDate ?? '',
    birthPlace: s.birthPlace ?? '',
  };
}

/** True when the typed identifier has digits the core can decode a birth date from. */
export function hasIdentifier(form: Pick<StaffForm, 'identifier'>): boolean {
  return form.identifier.replace(/\s/g, '') !== '';
}

export function validateForm(form: StaffForm): StaffFormErrors {
  const errors: StaffFormErrors = {};
  if (!form.name.trim()) errors.name = ui.roster.form.nameRequired;
  return errors;
}

export function toSaveInput(form: StaffForm, id?: number): InputOf<'staff.save'> {
  return {
    ...(id === undefined ? {} : { id }),
    name: form.name.trim(),
    identifier: form.identifier.trim(),
    employment: form.employment,
    rank: form.rank.trim(),
    position: form.position.trim(),
    positionType: form.positionType === '' ? null : form.positionType,
    unitId: form.unitId === '' ? null : Number(form.unitId),
    gender: form.gender === '' ? null : form.gender,
    // with an identifier the core decodes the birth date from it
    birthDate: hasIdentifier(form) || form.birthDate === '' ? null : form.birthDate,
    birthPlace: form.birthPlace.trim(),
  };
}

export function isFormKey(field: string): field is StaffFormKey {
  return field in EMPTY_FORM;
}
