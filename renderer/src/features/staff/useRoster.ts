// The roster and its units, loaded once; a saved person replaces their row in place (no reload of 10,000 rows).
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Staff, Unit } from '../../../../electron/core/staff/types';
import { call } from '../../lib/api';
import { buildSearchIndex } from './filterStaff';
import type { StaffSearchIndex } from './filterStaff';

export interface Roster {
  /** null until the first load */
  staff: Staff[] | null;
  units: Unit[];
  index: StaffSearchIndex;
  reload: () => Promise<void>;
  reloadUnits: () => Promise<void>;
  /** puts a saved person into the list (new people at the end) and refreshes the unit counts */
  put: (staff: Staff) => void;
  /** takes a removed person out of the list */
  drop: (id: number) => void;
}

export function useRoster(onError: (e: unknown) => void): Roster {
  const [staff, setStaff] = useState<Staff[] | null>(null);
  const [units, setUnits] = useState<Unit[]>([]);

  const reloadUnits = useCallback(async () => {
    try {
      setUnits(await call('staff.unitList', {}));
    } catch (e) {
      onError(e);
    }
  }, [onError]);

  const reload = useCallback(async () => {
    try {
      const [s, u] = await Promise.all([call('staff.list', {}), call('staff.unitList', {})]);
      setStaff(s);
      setUnits(u);
    } catch (e) {
      onError(e);
      setStaff((prev) => prev ?? []);
    }
  }, [onError]);

  useEffect(() => void reload(), [reload]);

  const put = useCallback((saved: Staff) => {
    setStaff((prev) => {
      const list = prev ?? [];
      const at = list.findIndex((s) => s.id === saved.id);
      if (at < 0) return [...list, saved];
      const next = list.slice();
      next[at] = saved;
      return next;
    });
    void reloadUnits();
  }, [reloadUnits]);

  const drop = useCallback((id: number) => {
    setStaff((prev) => (prev ?? []).filter((s) => s.id !== id));
    void reloadUnits();
  }, [reloadUnits]);

  const index = useMemo(() => buildSearchIndex(staff ?? []), [staff]);
  return { staff, units, index, reload, reloadUnits, put, drop };
}
