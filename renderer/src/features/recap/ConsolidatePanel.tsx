// "Konsolidasi" (Sekda mode): choose OPD recaps (files or a folder), read them as a job with progress and
// cancel, then the kabupaten table (furthest behind first), the coverage chart, who has not sent, the problems,
// and the workbook saved where the Sekda office chooses.
import { useEffect, useRef, useState } from 'react';
import { Button, MessageBar, MessageBarBody, ProgressBar, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ChosenFile, ConsolidationResult, RecapPeriod } from '../../../../electron/core/contract';
import { call } from '../../lib/api';
import { useSavedNotice } from '../../lib/files';
import { fill, ui } from '../../lib/messages';
import { useNotify } from '../../components/toast';
import { useFail } from '../../lib/useFail';
import { CoverageChart } from './CoverageChart';
import { countText } from './figures';
import { KabupatenTable } from './KabupatenTable';
import { PeriodFields } from './PeriodFields';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: '12px' },
  row: { display: 'flex', gap: '8px', alignItems: 'center', flexWrap: 'wrap' },
  hint: { color: tokens.colorNeutralForeground3 },
  columns: { display: 'grid', gridTemplateColumns: 'minmax(0, 3fr) minmax(0, 2fr)', gap: '24px', alignItems: 'start' },
  block: { display: 'flex', flexDirection: 'column', gap: '6px' },
  list: { margin: 0, paddingLeft: '18px' },
});

type Run = { state: 'idle' } | { state: 'running'; jobId: string; done: number; total: number } | { state: 'done'; jobId: string; result: ConsolidationResult };

export function ConsolidatePanel({ thisWeek }: { thisWeek: RecapPeriod }) {
  const styles = useStyles();
  const c = ui.consolidation;
  const fail = useFail();
  const notify = useNotify();
  const savedNotice = useSavedNotice();
  const [period, setPeriod] = useState(thisWeek);
  const [chosen, setChosen] = useState<ChosenFile[]>([]);
  const [run, setRun] = useState<Run>({ state: 'idle' });
  const [opdCount, setOpdCount] = useState<number | null>(null);
  useEffect(() => {
    call('recap.opdList', {}).then((l) => setOpdCount(l.length), fail);
  }, [fail]);
  const importOpds = async () => {
    try {
      const [file] = await call('files.choose', { kind: 'roster', multiple: false });
      if (!file) return;
      const r = await call('recap.opdImport', { ref: file.ref });
      setOpdCount(r.list.length);
      notify(fill(c.opdImported, { added: r.added, kept: r.kept }));
    } catch (e) {
      fail(e);
    }
  };
  const alive = useRef(true);
  useEffect(() => () => { alive.current = false; }, []);

  const add = (files: ChosenFile[]) => setChosen((old) => [...old, ...files.filter((f) => !old.some((o) => o.ref === f.ref))]);
  const chooseFiles = () => call('files.choose', { kind: 'recap', multiple: true }).then(add, fail);
  const chooseFolder = () => call('files.chooseFolder', { kind: 'recap' }).then(add, fail);

  const poll = async (jobId: string) => {
    while (alive.current) {
      const s = await call('recap.consolidateStatus', { jobId });
      if (s.state === 'running') setRun({ state: 'running', jobId, done: s.done, total: s.total });
      else if (s.state === 'done') return setRun({ state: 'done', jobId, result: s.result });
      else if (s.state === 'cancelled') { notify(c.cancelled, 'info'); return setRun({ state: 'idle' }); }
      else { setRun({ state: 'idle' }); return fail(new Error(s.error.message)); }
      await new Promise((r) => setTimeout(r, 150));
    }
  };
  const start = async () => {
    try {
      const { jobId } = await call('recap.consolidateStart', { refs: chosen.map((f) => f.ref), ...period });
      setRun({ state: 'running', jobId, done: 0, total: chosen.length });
      await poll(jobId);
    } catch (e) {
      setRun({ state: 'idle' });
      fail(e);
    }
  };
  const cancel = (jobId: string) => void call('recap.consolidateCancel', { jobId }).catch(fail);
  const save = (jobId: string) => call('recap.consolidateSave', { jobId }).then(savedNotice, fail);

  const result = run.state === 'done' ? run.result : null;
  const staff = result?.totals['staff.active']?.cumulative ?? 0;
  const signed = result?.totals['pledges.signed']?.cumulative;
  return (
    <div className={styles.panel}>
      <Text>{c.intro}</Text>
      <div className={styles.row}>
        <Text data-testid="konsolidasi-opd-list">{fill(c.opdListLine, { count: opdCount ?? 0 })}</Text>
        <Button size="small" onClick={() => void importOpds()}>{c.opdImport}</Button>
      </div>
      <PeriodFields value={period} thisWeek={thisWeek} onChange={setPeriod} idPrefix="konsolidasi" />
      <div className={styles.row}>
        <Button onClick={() => void chooseFiles()}>{c.choose}</Button>
        <Button onClick={() => void chooseFolder()}>{c.chooseFolder}</Button>
        {chosen.length > 0 && <Button appearance="subtle" onClick={() => setChosen([])}>{c.clear}</Button>}
        <Button appearance="primary" disabled={chosen.length === 0 || run.state === 'running'} onClick={() => void start()}>{c.start}</Button>
      </div>
      <Text size={200} className={styles.hint} data-testid="konsolidasi-chosen">
        {chosen.length === 0 ? c.chosenNone : fill(c.chosenList, { names: chosen.map((f) => f.name).join(', ') })}
      </Text>
      {run.state === 'running' && (
        <div className={styles.row}>
          <ProgressBar value={run.total ? run.done / run.total : undefined} thickness="large" style={{ flex: 1 }} aria-label={c.start} />
          <Text>{fill(c.reading, { done: run.done, total: run.total })}</Text>
          <Button onClick={() => cancel(run.jobId)}>{c.cancel}</Button>
        </div>
      )}
      {result && run.state === 'done' && (
        <>
          <div className={styles.row}>
            <Subtitle2>{c.tableTitle}</Subtitle2>
            <Button appearance="primary" onClick={() => void save(run.jobId)}>{c.save}</Button>
          </div>
          <Text data-testid="konsolidasi-summary">{fill(c.summaryLine, { opds: result.opds.length, staff: countText(staff), signed: countText(signed ?? null) })}</Text>
          {result.opds.length === 0 ? <MessageBar intent="warning"><MessageBarBody>{c.emptyResult}</MessageBarBody></MessageBar> : <KabupatenTable result={result} />}
          <div className={styles.columns}>
            <div className={styles.block}>
              <Subtitle2>{c.chartTitle}</Subtitle2>
              <CoverageChart opds={result.opds} />
            </div>
            <div className={styles.block}>
              <Subtitle2>{fill(c.missingTitle, { count: result.missing.length })}</Subtitle2>
              {result.haveOpdList ? (
                <ul className={styles.list}>{result.missing.map((o) => <li key={o.code}>{o.name}</li>)}</ul>
              ) : <Text size={200} className={styles.hint}>{c.noOpdList}</Text>}
              <Subtitle2>{fill(c.problemsTitle, { count: result.problems.length })}</Subtitle2>
              <ul className={styles.list} data-testid="konsolidasi-problems">
                {result.problems.map((p, i) => <li key={`${p.file}-${i}`}><b>{p.file}</b> — {c.codes[p.code]}: {p.message}</li>)}
              </ul>
            </div>
          </div>
        </>
      )}
    </div>
  );
}
