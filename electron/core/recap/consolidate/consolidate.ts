// The Sekda's consolidation: reads every recap (one at a time, a bad file never stops the others), keeps one
// per OPD (the newest), and puts their Ringkasan figures side by side with the kabupaten's totals; lists the
// OPDs of the Sekda's list without a usable recap, and every problem with its file and why.
import fs from 'node:fs/promises';
import { fillTemplate, ui } from '../../../shared/messages';
import { formatDateLong } from '../../../shared/format';
import type { JobContext } from '../../app/jobs';
import type { RecapPeriod } from '../figures';
import { RECAP_FORMAT_VERSION } from '../figures';
import type { RecapRead } from './readRecap';
import { furthestBehindFirst } from './order';
import { readRecap } from './readRecap';
import type { ConsolidatedOpd, Consolidation, ConsolidationProblem, RecapSource, SekdaOpd } from './types';

const p = ui.consolidation.problem;

/** A recap is a few hundred KB even for thousands of staff; anything past this is not one. */
export const MAX_RECAP_BYTES = 64 * 1024 * 1024;

export interface ConsolidateInput {
  period: RecapPeriod;
  sources: readonly RecapSource[];
  /** the Sekda's list of OPDs; empty = unknown (nobody is listed as missing) */
  opdList: readonly SekdaOpd[];
  job?: Pick<JobContext, 'signal' | 'progress'>;
}

interface Accepted {
  source: RecapSource;
  recap: RecapRead;
}

async function readOne(source: RecapSource, period: RecapPeriod, signal?: AbortSignal): Promise<Accepted | ConsolidationProblem> {
  const problem = (code: ConsolidationProblem['code'], message: string): ConsolidationProblem => ({ file: source.file, code, message });
  let bytes: Buffer;
  try {
    const stat = await fs.stat(source.path);
    if (stat.size > MAX_RECAP_BYTES) return problem('not-a-recap', p['too-large']);
    bytes = await fs.readFile(source.path);
  } catch {
    return problem('not-a-recap', p.unreadable);
  }
  const read = await readRecap(bytes, signal);
  if (!read.ok) return problem('not-a-recap', p[read.why]);
  const r = read.recap;
  if (!(r.formatVersion >= 1) || r.formatVersion > RECAP_FORMAT_VERSION) {
    return problem('not-a-recap', fillTemplate(p['newer-format'], { found: String(r.formatVersion), known: RECAP_FORMAT_VERSION }));
  }
  if (r.from !== period.from || r.to !== period.to) {
    return problem('other-period', fillTemplate(p['other-period'], {
      opd: r.opdName, from: formatDateLong(r.from), to: formatDateLong(r.to), wantFrom: formatDateLong(period.from), wantTo: formatDateLong(period.to),
    }));
  }
  if (!r.checksumOk) return problem('checksum-mismatch', fillTemplate(p['checksum-mismatch'], { opd: r.opdName }));
  return { source, recap: r };
}

/** The newer of two recaps of one OPD: made later; on a tie, the file changed later. */
function newer(a: Accepted, b: Accepted): boolean {
  return a.recap.madeAt > b.recap.madeAt || (a.recap.madeAt === b.recap.madeAt && a.source.modifiedMs > b.source.modifiedMs);
}

function madeAtText(iso: string): string {
  return formatDateLong(iso.slice(0, 10));
}

export async function consolidate({ period, sources, opdList, job }: ConsolidateInput): Promise<Consolidation> {
  const problems: ConsolidationProblem[] = [];
  const byOpd = new Map<string, Accepted>();
  for (const [i, source] of sources.entries()) {
    job?.signal.throwIfAborted();
    job?.progress('reading', i, sources.length);
    const one = await readOne(source, period, job?.signal);
    if ('code' in one) { problems.push(one); continue; }
    const other = byOpd.get(one.recap.opdCode);
    if (other) {
      const [kept, dropped] = newer(one, other) ? [one, other] : [other, one];
      byOpd.set(kept.recap.opdCode, kept);
      problems.push({
        file: dropped.source.file, code: 'duplicate-opd',
        message: fillTemplate(p['duplicate-opd'], { opd: kept.recap.opdName, kept: kept.source.file, keptAt: madeAtText(kept.recap.madeAt) }),
      });
    } else {
      byOpd.set(one.recap.opdCode, one);
    }
  }
  job?.progress('reading', sources.length, sources.length);

  const accepted = [...byOpd.values()].sort((a, b) => a.recap.opdName.localeCompare(b.recap.opdName, 'id'));
  // the same NIP active in two OPDs: a mutation one of them has not recorded
  const firstSeen = new Map<string, Accepted>();
  for (const a of accepted) {
    for (const nip of a.recap.staffNames.keys()) {
      const first = firstSeen.get(nip);
      if (!first) { firstSeen.set(nip, a); continue; }
      problems.push({
        file: a.source.file, code: 'nip-in-two-opds', nip,
        message: fillTemplate(p['nip-in-two-opds'], { nip, name: a.recap.staffNames.get(nip) ?? '-', first: first.recap.opdName, second: a.recap.opdName }),
      });
    }
  }

  // the figures in the order the recaps write them (one format: one order), keys only later files have after
  const keys: string[] = [];
  const labels: Record<string, string> = {};
  for (const a of accepted) {
    for (const [k, label] of a.recap.labels) {
      if (labels[k] === undefined) { keys.push(k); labels[k] = label; }
    }
  }
  const opds: ConsolidatedOpd[] = furthestBehindFirst(accepted.map(({ source, recap: r }) => ({
    file: source.file, opdName: r.opdName, opdCode: r.opdCode, regency: r.regency, madeAt: r.madeAt, appVersion: r.appVersion,
    figures: Object.fromEntries(r.figures), openFindings: r.openFindings,
  })));
  const totals = Object.fromEntries(keys.map((k) => {
    const values = opds.map((o) => o.figures[k]).filter((v) => v !== undefined);
    const periods = values.map((v) => v.period).filter((v): v is number => v !== null);
    return [k, { period: periods.length ? periods.reduce((s, v) => s + v, 0) : null, cumulative: values.reduce((s, v) => s + v.cumulative, 0) }];
  }));
  const sent = new Set(accepted.map((a) => a.recap.opdCode));
  const missing = opdList.filter((o) => !sent.has(o.code)).sort((a, b) => a.name.localeCompare(b.name, 'id'));
  return { period, opds, keys, labels, totals, missing, problems, files: sources.length };
}
