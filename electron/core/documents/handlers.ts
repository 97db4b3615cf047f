import { saveChosenFile } from '../files/io';
import type { AreaHandlers } from '../handlerTypes';
import type { documentsContract } from './contract';
import { warmUpPdf } from './pdf';
import { writePreview } from './preview';
import { makeDocument, pdfPageCount } from './service';

export const documentsHandlers: AreaHandlers<typeof documentsContract> = {
  'documents.preferences': (_input, { platform }) => {
    void warmUpPdf();
    return { paper: platform.paperSize() };
  },
  'documents.preview': async (request, ctx) => {
    const made = await makeDocument(ctx.workspace.db(), request, 'pdf');
    ctx.platform.setPaperSize(request.paper);
    const file = writePreview(ctx, made.name, made.bytes);
    return { ref: ctx.files.add(file), name: made.name, pages: pdfPageCount(made.bytes) };
  },
  'documents.save': async ({ format, ...request }, ctx) => {
    const made = await makeDocument(ctx.workspace.db(), request, format);
    ctx.platform.setPaperSize(request.paper);
    // an attendance sheet names every person printed on it (made.rows); the pledge text and the ikrar page do not
    return saveChosenFile(ctx, { kind: format, suggestedName: made.name }, made.bytes, { call: 'documents.save', what: 'attendance', people: made.rows });
  },
};
