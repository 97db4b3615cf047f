// The toolbar above the roster table: the search and filters, the pledge filter while an election is active,
// and what can be done with the selected person (edit, mark as left, or reactivate one who left).
import type { RefObject } from 'react';
import { Button, Select, makeStyles, useRestoreFocusTarget } from '@fluentui/react-components';
import type { Staff } from '../../../../electron/core/staff/types';
import { ui } from '../../lib/messages';
import type { PledgeFilter } from './pledgeStatus';
import { RosterFilters } from './RosterFilters';
import type { RosterFiltersProps } from './RosterFilters';

const useStyles = makeStyles({
  toolbar: { display: 'flex', gap: '8px', alignItems: 'center', flexWrap: 'wrap' },
  selection: { marginLeft: 'auto', display: 'flex', gap: '8px' },
});

export interface RosterToolbarProps extends RosterFiltersProps {
  readOnly: boolean;
  searchRef: RefObject<HTMLInputElement | null>;
  /** who signed the pledge for the active election; null while there is none (no pledge filter) */
  signedOn: Record<number, string> | null;
  pledge: PledgeFilter;
  onPledge: (pledge: PledgeFilter) => void;
  selected: Staff | undefined;
  onEdit: (staff: Staff) => void;
  onMarkLeft: (staff: Staff) => void;
  onReactivate: (staff: Staff) => void;
}

export function RosterToolbar(props: RosterToolbarProps) {
  const { readOnly, searchRef, signedOn, pledge, onPledge, selected, onEdit, onMarkLeft, onReactivate, ...filters } = props;
  const styles = useStyles();
  /** on the buttons that open a dialog: focus comes back to them when it closes */
  const returnHere = useRestoreFocusTarget();
  const r = ui.roster;
  return (
    <div className={styles.toolbar} role="toolbar" aria-label={r.searchLabel}>
      <RosterFilters ref={searchRef} {...filters} />
      {signedOn && (
        <Select aria-label={ui.pledges.statusFilter} value={pledge} onChange={(_, d) => onPledge(d.value as PledgeFilter)}>
          <option value="ALL">{`${ui.pledges.statusFilter}: ${ui.pledges.statusAll}`}</option>
          <option value="SIGNED">{ui.pledges.statusSigned}</option>
          <option value="NOT_SIGNED">{ui.pledges.statusNotSigned}</option>
        </Select>
      )}
      <div className={styles.selection}>
        <Button {...returnHere} disabled={readOnly || !selected} onClick={() => selected && onEdit(selected)}>{r.edit}</Button>
        {selected?.status === 'LEFT'
          ? <Button disabled={readOnly} onClick={() => onReactivate(selected)}>{r.reactivate}</Button>
          : <Button {...returnHere} disabled={readOnly || !selected} onClick={() => selected && onMarkLeft(selected)}>{r.markLeft}</Button>}
      </div>
    </div>
  );
}
