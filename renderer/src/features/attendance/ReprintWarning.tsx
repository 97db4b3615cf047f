// Before printing a session's daftar hadir again: when the people or their order changed since the last print,
// printing now makes a new version with other row numbers. Said before the print, not discovered on the paper.
import { useEffect, useState } from 'react';
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { SheetCheck, SheetOrder } from '../../../../electron/core/contract';
import { call } from '../../lib/api';
import { fill, ui } from '../../lib/messages';

export function ReprintWarning(props: { sessionId: number; order: SheetOrder; sectionsPerUnit: boolean; refreshKey: unknown }) {
  const [check, setCheck] = useState<SheetCheck | null>(null);
  const { sessionId, order, sectionsPerUnit, refreshKey } = props;
  useEffect(() => {
    let live = true;
    call('attendance.sheetCheck', { sessionId, order, sectionsPerUnit }).then((c) => { if (live) setCheck(c); }, () => undefined);
    return () => { live = false; };
  }, [sessionId, order, sectionsPerUnit, refreshKey]);
  if (!check?.changed || !check.latest) return null;
  const v = check.latest.version;
  return (
    <MessageBar intent="warning" data-testid="reprint-warning">
      <MessageBarBody>{fill(ui.attendance.reprintWarning, { version: v, next: v + 1, added: check.added, removed: check.removed })}</MessageBarBody>
    </MessageBar>
  );
}
