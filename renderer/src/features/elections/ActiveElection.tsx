// The header's active election and its phase today. Fetched again whenever the shell's status changes (a screen
// reports a change through onChanged), so editing the calendar shows at once.
import { useEffect, useState } from 'react';
import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import type { ActiveElection as Active } from '../../../../electron/core/contract';
import { call } from '../../lib/api';
import { ui } from '../../lib/messages';
import { phaseColor, phaseLabel } from './labels';

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', gap: '8px', marginLeft: 'auto', color: tokens.colorNeutralForegroundOnBrand, whiteSpace: 'nowrap' },
  none: { opacity: 0.8 },
});

export function ActiveElectionBadge({ refreshKey }: { refreshKey: unknown }) {
  const styles = useStyles();
  const [active, setActive] = useState<Active | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    call('elections.active', {}).then((a) => live && setActive(a), () => live && setActive(undefined));
    return () => {
      live = false;
    };
  }, [refreshKey]);
  if (active === undefined) return null;
  return (
    <span className={styles.root} data-testid="header-election" aria-label={ui.elections.headerLabel}>
      {active
        ? <>
            <span>{active.election.name}</span>
            <Badge appearance="filled" color={phaseColor(active.phase)}>{phaseLabel(active.phase)}</Badge>
          </>
        : <span className={styles.none}>{ui.elections.headerNone}</span>}
    </span>
  );
}
