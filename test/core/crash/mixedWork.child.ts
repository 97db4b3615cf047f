// Child process for the mixed crash test: opens the workspace (which undoes an interrupted restore, as the app's
// start does) and, through the same dispatcher Electron uses, does one kind of valid work after another, printing
// `done <n> <kind>` only after the call returned. The parent kills it with SIGKILL at a random moment.
// `setup` (instead of a start number) makes the small OPD the work needs once, and exits.
import fs from 'node:fs';
import path from 'node:path';
import type { ChosenFile, FindingDetail, SaveResult, TickOff } from '../../../electron/core/contract';
import { Workspace } from '../../../electron/core/app/workspace';
import { createCallContext } from '../../../electron/core/context';
import { handlers } from '../../../electron/core/handlers';
import type { OpenKind } from '../../../electron/core/platform/port';
import { createDispatcher } from '../../../electron/host/dispatcher';
import { harnessPlatform } from '../../../electron/harness/platform';
import { rosterXlsx } from '../../helpers/rosterXlsx';
import { KINDS, csvRoster, evidenceBytes, xlsxRoster } from './mixedWork';
import type { Kind } from './mixedWork';

const [dbFile, workDir, startArg] = process.argv.slice(2);
if (!dbFile || !workDir || !startArg) throw new Error('usage: mixedWork DBFILE WORKDIR START|setup');

async function main(): Promise<void> {
  const workspace = new Workspace({ dbFile: dbFile!, appVersion: '0.0.0-test' });
  await workspace.open();
  const platform = harnessPlatform(path.dirname(dbFile!), workDir!);
  const ctx = createCallContext(workspace, platform, () => {});
  const dispatch = createDispatcher(handlers, ctx, () => {});
  const call = async <T>(name: string, input: unknown): Promise<T> => {
    const r = await dispatch(name, input);
    if (!r.ok) throw new Error(`${name}: ${r.error.code} ${r.error.message}`);
    return r.value as T;
  };
  const choose = async (name: string, bytes: Buffer | string, kind: OpenKind): Promise<string> => {
    const folder = path.join(workDir!, 'dipilih');
    fs.mkdirSync(folder, { recursive: true });
    const file = path.join(folder, name);
    fs.writeFileSync(file, bytes);
    platform.queueUpload(file);
    return (await call<ChosenFile[]>('files.choose', { kind }))[0]!.ref;
  };

  const db = () => workspace.db();
  const sessionId = () => Number(db().read((q) => q.get<{ id: number }>('SELECT id FROM session ORDER BY id LIMIT 1'))!.id);
  const firstStaff = () => Number(db().read((q) => q.get<{ id: number }>('SELECT id FROM staff ORDER BY id LIMIT 1'))!.id);
  const latestFinding = () => Number(db().read((q) => q.get<{ id: number }>('SELECT max(id) AS id FROM finding'))!.id);

  async function importRoster(n: number): Promise<void> {
    const bytes = n % 2 ? csvRoster(n) : await xlsxRoster(n, (h, r) => rosterXlsx(h, r, 'DAFTAR URUT KEPANGKATAN PEGAWAI NEGERI SIPIL'));
    const ref = await choose(n % 2 ? `daftar-pegawai-${n}.csv` : `daftar-pegawai-${n}.xlsx`, bytes, 'roster');
    const { jobId } = await call<{ jobId: string }>('staff.importStart', { ref });
    await ctx.jobs.settled(jobId);
    const status = await call<{ state: string; result?: { previewId: string }; error?: unknown }>('staff.importStatus', { jobId });
    if (status.state !== 'done') throw new Error(`import ${n}: ${JSON.stringify(status)}`);
    await call('staff.importCommit', { previewId: status.result!.previewId });
  }

  async function newFinding(n: number): Promise<void> {
    const staffId = firstStaff();
    const typeId = Number(db().read((q) => q.get<{ id: number }>("SELECT id FROM violation_type WHERE code = 'A04'"))!.id);
    await call<FindingDetail>('findings.save', {
      person: { kind: 'STAFF', staffId }, violationTypeId: typeId, knownDate: '2024-10-02', actDate: '2024-10-01', actTime: '19:30',
      actPlace: 'Facebook (akun pribadi)', source: 'SOCIAL_MEDIA', sourceLink: 'https://www.facebook.com/permalink/123', sbtNumber: null,
      description: `Membagikan unggahan kampanye pasangan calon nomor urut 2. #${n}`,
    });
  }

  let lastBackup: string | null = null;
  async function backup(): Promise<void> {
    const r = await call<SaveResult>('backup.create', {});
    lastBackup = ctx.files.get(r.saved!.ref).path;
  }

  const work: Record<Kind, (n: number) => Promise<void>> = {
    import: importRoster,
    tick: async (n) => {
      const sheet = await call<TickOff>('attendance.get', { sessionId: sessionId(), version: null });
      const row = sheet.rows[(n * 7) % sheet.rows.length]!;
      await call('attendance.mark', { sessionId: sessionId(), version: null, target: { staffIds: [row.staffId] }, mark: 'attended', value: !row.attended });
    },
    finding: newFinding,
    edit: async (n) => {
      const f = await call<FindingDetail>('findings.get', { id: latestFinding() });
      await call('findings.save', {
        id: f.id, person: { kind: 'STAFF', staffId: firstStaff() }, violationTypeId: f.violationTypeId, knownDate: f.knownDate, actDate: f.actDate,
        actTime: f.actTime, actPlace: `Facebook (akun pribadi) ${n}`, source: f.source, sourceLink: f.sourceLink, sbtNumber: f.sbtNumber, description: f.description,
      });
    },
    step: async (n) => {
      await call('findings.chronologyAdd', { findingId: latestFinding(), date: '2024-10-03', text: `Klarifikasi kepada terlapor #${n}` });
    },
    evidence: async (n) => {
      const ref = await choose(`bukti-${n}.jpg`, evidenceBytes(n), 'evidence');
      await call('findings.evidenceAdd', { findingId: latestFinding(), files: [{ ref, caption: `Tangkapan layar #${n}` }] });
    },
    backup,
    restore: async () => {
      // the backup made just before (by this process; a fresh one when it started here), so the content stays equal
      if (!lastBackup) await backup();
      platform.queueUpload(lastBackup!);
      const ref = (await call<ChosenFile[]>('files.choose', { kind: 'backup' }))[0]!.ref;
      await call('backup.restore', { ref, confirmed: true });
    },
  };

  if (startArg === 'setup') {
    await call('profile.save', {
      opdName: 'Dinas Pendidikan dan Kebudayaan', regency: 'Kabupaten Pamekasan', address: 'Jalan Jokotole No. 5', postcode: '69317',
      phone: '', email: '', website: '', headName: 'Dr. H. Akhmad Zaini, S.Pd., M.Pd.', headNip: '196805231998031005',
      headRank: 'Pembina Utama Muda (IV/c)', headPosition: 'Kepala Dinas Pendidikan dan Kebudayaan', secretaryName: '', secretaryNip: '',
    });
    await importRoster(0);
    await call('elections.create', { preset: 'PILKADA_2024' });
    const planned = await call<{ id: number }>('sessions.save', {
      date: '2024-09-23', startTime: '08:00', endTime: '12:00', timeZone: 'WIB', place: 'Aula Dinas', topic: 'Sosialisasi Netralitas ASN',
      speakers: [], signer: null, sheetTitle: null, signCity: null, audience: { kind: 'ALL' },
    });
    await call('sessions.setStatus', { id: planned.id, status: 'HELD' });
    await newFinding(0);
    workspace.close();
    process.exit(0);
  }

  for (let n = Number(startArg); ; n++) {
    const kind = KINDS[n % KINDS.length]!;
    await work[kind](n);
    process.stdout.write(`done ${n} ${kind}\n`);
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
