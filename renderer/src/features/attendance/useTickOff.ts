// The tick-off's state: the sheet as the core answers it, each action's result merged in place (the counts, the
// changed rows, the undo), a walk-in or a version change read again.
import { useCallback, useEffect, useState } from 'react';
import type { MarkResult, TickOff, TickOffRow } from '../../../../electron/core/contract';
import { call } from '../../lib/api';

export type MarkTarget = { rows: string } | { staffIds: number[] };

function merge(rows: TickOffRow[], result: MarkResult): TickOffRow[] {
  const changed = new Map(result.changed.map((c) => [c.staffId, c]));
  return rows.map((r) => {
    const c = changed.get(r.staffId);
    return c ? { ...r, attended: c.attended, signed: c.signed } : r;
  });
}

export function useTickOff(sessionId: number) {
  const [tick, setTick] = useState<TickOff | null>(null);
  const [version, setVersion] = useState<number | null>(null);

  const load = useCallback(async (v: number | null = version) => setTick(await call('attendance.get', { sessionId, version: v })), [sessionId, version]);
  useEffect(() => void load(), [load]);

  const apply = useCallback((result: MarkResult, reload: boolean) => {
    if (reload) return load(result.version);
    setTick((t) => (t ? { ...t, version: result.version, rows: merge(t.rows, result), walkIns: merge(t.walkIns, result), counts: result.counts, undo: result.undo } : t));
    return Promise.resolve();
  }, [load]);

  const mark = useCallback(async (target: MarkTarget, m: 'attended' | 'signed', value: boolean) => {
    const result = await call('attendance.mark', { sessionId, version: tick?.version ?? null, target, mark: m, value });
    // the first mark of a sheet never printed keeps its order: from now on it is version 1
    await apply(result, tick?.version === null);
    return result;
  }, [sessionId, tick?.version, apply]);

  const undo = useCallback(async () => {
    const result = await call('attendance.undo', { sessionId });
    // an undone walk-in leaves the list: read again when one was undone
    await apply(result, result.undone.kind === 'walkIn');
    return result.undone;
  }, [sessionId, apply]);

  return { tick, setTick, load, mark, undo, selectVersion: setVersion };
}
