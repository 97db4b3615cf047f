// "Rekap": the OPD's weekly recap for the Sekda office, and the Sekda office's consolidation of every OPD's recap.
import { useEffect, useState } from 'react';
import { Tab, TabList, Title3, makeStyles } from '@fluentui/react-components';
import type { RecapPeriod } from '../../../../electron/core/contract';
import type { ScreenProps } from '../../screens';
import { call } from '../../lib/api';
import { ui } from '../../lib/messages';
import { useFail } from '../../lib/useFail';
import { ConsolidatePanel } from './ConsolidatePanel';
import { ExportPanel } from './ExportPanel';

const useStyles = makeStyles({
  screen: { display: 'flex', flexDirection: 'column', gap: '12px', padding: '16px 24px', overflow: 'auto', height: '100%', boxSizing: 'border-box' },
});

export function RecapScreen(_props: ScreenProps) {
  const styles = useStyles();
  const fail = useFail();
  const [tab, setTab] = useState<'export' | 'consolidate'>('export');
  const [week, setWeek] = useState<RecapPeriod | null>(null);
  useEffect(() => {
    call('recap.defaults', {}).then((d) => setWeek(d.period), fail);
  }, [fail]);
  return (
    <div className={styles.screen}>
      <Title3 as="h1">{ui.recap.title}</Title3>
      <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as 'export' | 'consolidate')}>
        <Tab value="export">{ui.consolidation.tabExport}</Tab>
        <Tab value="consolidate">{ui.consolidation.tabConsolidate}</Tab>
      </TabList>
      {tab === 'export' ? <ExportPanel /> : week && <ConsolidatePanel thisWeek={week} />}
    </div>
  );
}
