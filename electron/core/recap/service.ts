// The recap from the database to bytes: the same code for the Rekap screen, the command line and the tests.
import type { Database } from '../db/database';
import type { PaperSize } from '../documents/types';
import type { RecapFigures, RecapPeriod } from './figures';
import { gatherRecapFigures } from './gather';
import { recapWorkbook } from './workbook';

export interface MakeRecap {
  period: RecapPeriod;
  paper: PaperSize;
  includeIdentities: boolean;
  appVersion: string;
  now?: Date;
}

export async function makeRecap(db: Database, r: MakeRecap): Promise<{ fileName: string; bytes: Buffer; figures: RecapFigures }> {
  const figures = db.read((q) => gatherRecapFigures(q, { period: r.period, appVersion: r.appVersion, now: r.now }));
  const file = await recapWorkbook(figures, { paper: r.paper, includeIdentities: r.includeIdentities });
  return { fileName: file.fileName, bytes: file.bytes, figures };
}
