import { none } from '../app/contract';
import { defineCalls, query } from '../calls';
import type { SaveResult } from '../files/types';
import { documentsCalls } from './calls';
import { documentRequest, documentSave } from './schema';
import type { PaperSize, PreviewResult } from './types';

export const documentsContract = defineCalls(documentsCalls, {
  /** this PC's remembered paper */
  'documents.preferences': query<{ paper: PaperSize }>()(none),
  /** makes the PDF into the preview folder and answers its reference: the screen opens it with files.open. The
   * paper chosen is remembered on this PC. */
  'documents.preview': query<PreviewResult>()(documentRequest),
  /** makes the document and saves it where the user chooses (PDF, or Word for the daftar hadir) */
  'documents.save': query<SaveResult>()(documentSave),
});
