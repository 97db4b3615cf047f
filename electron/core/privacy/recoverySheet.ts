// The recovery sheet: one page with the kop, the one-time recovery code in large letters, and what to do with it.
// Printed when the passphrase is set and kept by the head of OPD: losing the passphrase must not mean losing the
// data to the OPD that owns it. Made only for the code that really opens this data's key file.
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Query } from '../db/database';
import { unlockWithRecoveryCode } from '../crypto/keyFile';
import { normalizeRecoveryCode } from '../crypto/recoveryCode';
import { letterheadOf } from '../documents/letterhead';
import { contentWidth } from '../documents/paper';
import { renderPdf } from '../documents/pdf';
import { BODY_SIZE, titlePart } from '../documents/pdf/blocks';
import { letterheadPart } from '../documents/pdf/letterhead';
import { pageSetup } from '../documents/pdf/page';
import type { PaperSize } from '../documents/types';
import { getProfile } from '../profile/service';
import { formatDateLong } from '../../shared/format';
import { fillTemplate, ui } from '../../shared/messages';
import type { KeyFile } from '../crypto/keyFile';

export async function recoverySheetPdf(q: Query, keyFile: KeyFile, typedCode: string, paper: PaperSize, today: string): Promise<Buffer> {
  unlockWithRecoveryCode(keyFile, typedCode);
  const code = normalizeRecoveryCode(typedCode)!.match(/.{4}/g)!.join('-');
  const profile = getProfile(q);
  const t = ui.privacy.sheet;
  const def: TDocumentDefinitions = {
    ...pageSetup(paper, false),
    defaultStyle: { fontSize: BODY_SIZE + 1, lineHeight: 1.3 },
    content: [
      letterheadPart(letterheadOf(profile), contentWidth(paper)),
      titlePart(t.title),
      { text: fillTemplate(t.intro, { opd: profile.opdName || '-', date: formatDateLong(today) }), alignment: 'justify', margin: [0, 0, 0, 12] },
      { text: code, fontSize: 20, bold: true, alignment: 'center', characterSpacing: 1.5, margin: [0, 12, 0, 12] },
      { text: t.howTitle, bold: true, margin: [0, 8, 0, 4] },
      { ol: [t.how1, t.how2, t.how3, t.how4], margin: [10, 0, 0, 12] },
      { text: t.keep, alignment: 'justify' },
      {
        margin: [0, 36, 0, 0],
        columns: [
          { width: '*', stack: [{ text: t.receivedBy }, { text: ' ', margin: [0, 40, 0, 0] }, { text: profile.headName || '(................................)' }] },
          { width: '*', stack: [{ text: t.handedBy }, { text: ' ', margin: [0, 40, 0, 0] }, { text: '(................................)' }] },
        ],
      },
    ],
  };
  return renderPdf(def);
}
