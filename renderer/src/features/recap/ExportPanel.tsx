// "Rekap OPD": the weekly recap for the Sekda office in one click. The period is this week (Monday–Sunday)
// unless changed; the privacy default is said beside the one box that changes it; the file name is shown before
// the save dialog offers it (the dialog opens in the folder last used for recaps).
import { useEffect, useState } from 'react';
import { Button, Checkbox, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { RecapDefaults, RecapPeriod } from '../../../../electron/core/contract';
import { call } from '../../lib/api';
import { useSavedNotice } from '../../lib/files';
import { fill, ui } from '../../lib/messages';
import { IdentityNotice } from '../../components/IdentityNotice';
import { useFail } from '../../lib/useFail';
import { PeriodFields } from './PeriodFields';
import { suggestedName } from './period';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: '14px', maxWidth: '760px' },
  hint: { color: tokens.colorNeutralForeground3 },
  privacy: { display: 'flex', flexDirection: 'column', gap: '4px', padding: '10px 12px', backgroundColor: tokens.colorNeutralBackground2, borderRadius: tokens.borderRadiusMedium },
});

export function ExportPanel() {
  const styles = useStyles();
  const t = ui.recap;
  const fail = useFail();
  const savedNotice = useSavedNotice();
  const [defaults, setDefaults] = useState<RecapDefaults | null>(null);
  const [period, setPeriod] = useState<RecapPeriod | null>(null);
  const [identities, setIdentities] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    call('recap.defaults', {}).then((d) => { setDefaults(d); setPeriod(d.period); }, fail);
  }, [fail]);

  if (!defaults || !period) return null;
  const save = async () => {
    setBusy(true);
    try {
      savedNotice(await call('recap.export', { ...period, includeIdentities: identities }));
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className={styles.panel}>
      <Text>{t.intro}</Text>
      {!defaults.opdName && (
        <MessageBar intent="warning" data-testid="recap-no-opd"><MessageBarBody>{t.profileMissing}</MessageBarBody></MessageBar>
      )}
      <PeriodFields value={period} thisWeek={defaults.period} onChange={setPeriod} idPrefix="recap" />
      <div className={styles.privacy}>
        <Checkbox checked={identities} onChange={(_, d) => setIdentities(d.checked === true)} label={t.includeIdentities} />
        <Text size={200} className={styles.hint} data-testid="recap-privacy">{t.privacyDefault}</Text>
      </div>
      {identities && <IdentityNotice />}
      {defaults.opdName && <Text size={200} className={styles.hint} data-testid="recap-file-name">{suggestedName(t.fileName, defaults.opdName, period.to)}</Text>}
      <div>
        <Button appearance="primary" disabled={busy || !defaults.opdName} onClick={() => void save()}>{t.export}</Button>
      </div>
      <Text size={200} className={styles.hint}>{fill(t.paperLine, { paper: defaults.paper })}</Text>
    </div>
  );
}
