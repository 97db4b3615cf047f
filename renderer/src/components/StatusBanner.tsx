import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { AppStatus } from '../../../electron/core/contract';
import { ui } from '../lib/messages';

/** Says, at the top of the work area, when the database is not fully usable and why. */
export function StatusBanner({ status }: { status: AppStatus['database'] }) {
  if (status.state === 'ready') return null;
  const title = status.state === 'read-only' ? ui.database.readOnlyTitle : status.state === 'corrupt' ? ui.database.corruptTitle : ui.database.newerTitle;
  return (
    <MessageBar intent={status.state === 'read-only' ? 'warning' : 'error'} layout="multiline" data-testid="db-banner">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {status.message}
      </MessageBarBody>
    </MessageBar>
  );
}
