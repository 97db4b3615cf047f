// What every printed page shares: the paper, the margins, Arimo at the size of the body, "Halaman x dari y".
import type { DynamicContent, TDocumentDefinitions } from 'pdfmake/interfaces';
import { fillTemplate, ui } from '../../../shared/messages';
import { MARGINS, PAPER } from '../paper';
import type { PaperSize } from '../types';

export function pageFooter(): DynamicContent {
  return (currentPage: number, pageCount: number) => ({
    text: fillTemplate(ui.documents.pageOf, { page: currentPage, pages: pageCount }),
    alignment: 'right',
    fontSize: 8,
    margin: [MARGINS[0], 18, MARGINS[2], 0],
  });
}

export function pageSetup(paper: PaperSize, numbered: boolean): Pick<TDocumentDefinitions, 'pageSize' | 'pageOrientation' | 'pageMargins' | 'footer'> {
  const { width, height } = PAPER[paper];
  return {
    pageSize: { width, height },
    pageOrientation: 'portrait',
    pageMargins: MARGINS,
    ...(numbered ? { footer: pageFooter() } : {}),
  };
}
