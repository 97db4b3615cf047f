// An OPD's code in the recap: its name as a key (case, punctuation and spacing ignored), the same rule as unit
// names, so that "Dinas Pendidikan dan Kebudayaan" and "DINAS PENDIDIKAN DAN  KEBUDAYAAN" are one OPD in the
// consolidation and in the Sekda's OPD list.
import { unitKey } from '../staff/units';

export function opdCode(name: string): string {
  return unitKey(name);
}
