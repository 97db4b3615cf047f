// Said on an export screen before a file that carries identities (names, NIP, NIK) is written: what it holds,
// how to keep it, and that its saving is recorded in the audit log (the core records it: files/identityExport.ts).
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { fill, ui } from '../lib/messages';

export interface IdentityNoticeProps {
  /** how many people the file names, when the screen knows it */
  people?: number;
}

export function IdentityNotice({ people }: IdentityNoticeProps) {
  const t = ui.files.identities;
  const what = people === undefined ? t.uncounted : fill(t.counted, { count: people.toLocaleString('id-ID') });
  return (
    <MessageBar intent="info" layout="multiline" data-testid="identity-notice">
      <MessageBarBody>
        <MessageBarTitle>{t.title}</MessageBarTitle>
        {what} {t.care}
      </MessageBarBody>
    </MessageBar>
  );
}
