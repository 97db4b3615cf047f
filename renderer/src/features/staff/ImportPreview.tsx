// What an import will do, before anything is written: counts, the refused rows (with a workbook to fix them in),
// the accepted rows marked new/updated with their changes old → new (a filter keeps only those) and the
// hand-set values the file disagrees with, and who on the roster is not in the file (to mark as left, or not).
import { useMemo, useState } from 'react';
import { Button, Checkbox, Switch, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { RosterPreview } from '../../../../electron/core/staff/import/previewTypes';
import { IdentityNotice } from '../../components/IdentityNotice';
import { fill, ui } from '../../lib/messages';
import { AcceptedRows } from './AcceptedRows';
import { takes } from './importChoices';
import type { ImportChoices } from './importChoices';
import { formatCount } from './labels';
import { MissingStaff } from './MissingStaff';
import { NotStaffRows } from './NotStaffRows';
import { RefusedRows } from './RefusedRows';
import { SheetCounts } from './SheetCounts';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '10px' },
  hint: { color: tokens.colorNeutralForeground3 },
  counts: { display: 'flex', gap: '8px', flexWrap: 'wrap' },
  tile: {
    display: 'flex', alignItems: 'baseline', gap: '6px', padding: '6px 12px', borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  tileNumber: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: 'tabular-nums' },
  refusedTile: { backgroundColor: tokens.colorPaletteRedBackground1 },
  newTile: { backgroundColor: tokens.colorPaletteGreenBackground1 },
  section: { display: 'flex', alignItems: 'center', gap: '12px' },
  sectionTitle: { fontWeight: tokens.fontWeightSemibold, marginRight: 'auto' },
  conflictTile: { backgroundColor: tokens.colorPaletteYellowBackground2 },
  acceptedHead: { display: 'flex', alignItems: 'center', gap: '12px', flexWrap: 'wrap' },
});

const w = ui.roster.wizard;

export interface ImportPreviewProps {
  preview: RosterPreview;
  onSaveRefused: () => void;
  /** leave the named sheets out (the others in) */
  onLeaveOut: (sheets: string[]) => void;
  busy: boolean;
  choices: ImportChoices;
  onChoices: (choices: ImportChoices) => void;
  /** the chosen left date is no date */
  leaveDateError?: string;
}

export function ImportPreview({ preview, onSaveRefused, onLeaveOut, busy, choices, onChoices, leaveDateError }: ImportPreviewProps) {
  const styles = useStyles();
  // a re-import is mostly unchanged rows: show the changed ones first
  const [onlyChanged, setOnlyChanged] = useState(preview.counts.unchanged > 0);
  const shown = useMemo(
    () => (onlyChanged ? preview.staff.filter((s) => s.change !== 'unchanged' || s.conflicts.length > 0) : preview.staff),
    [onlyChanged, preview.staff],
  );
  const conflicts = preview.counts.conflicts;
  const missing = preview.missing.length > 0;
  const c = preview.counts;
  const tile = (key: string, n: number, label: string, className?: string) => (
    <div className={mergeClasses(styles.tile, className)} data-testid={`count-${key}`}>
      <span className={styles.tileNumber}>{formatCount(n)}</span><span>{label}</span>
    </div>
  );
  const refusedShown = preview.refused.length > 0;
  const severalSheets = preview.sheets.length > 1;
  return (
    <div className={styles.root} data-testid="import-preview">
      {preview.sheetName && !severalSheets && <Text size={200} className={styles.hint}>{fill(w.previewSheet, { sheet: preview.sheetName, row: preview.headerRow })}</Text>}
      {severalSheets && <SheetCounts sheets={preview.sheets} busy={busy} onLeaveOut={onLeaveOut} />}
      <div className={styles.counts}>
        {tile('new', c.new, w.countNew, styles.newTile)}
        {tile('updated', c.updated, w.countUpdated)}
        {tile('unchanged', c.unchanged, w.countUnchanged)}
        {tile('refused', c.refused, w.countRefused, c.refused > 0 ? styles.refusedTile : undefined)}
        {tile('newUnits', c.newUnits, w.countNewUnits)}
        {conflicts > 0 && tile('conflicts', conflicts, w.countConflicts, styles.conflictTile)}
      </div>
      {refusedShown && (
        <>
          <div className={styles.section}>
            <Text className={styles.sectionTitle}>{fill(w.refusedTitle, { count: formatCount(preview.refused.length) })}</Text>
            <Button size="small" disabled={busy} onClick={onSaveRefused}>{w.refusedSave}</Button>
          </div>
          <Text size={200} className={styles.hint}>{w.refusedHint}</Text>
          <IdentityNotice people={preview.refused.length} />
          <RefusedRows rows={preview.refused} maxHeight={150} showSheet={severalSheets} />
        </>
      )}
      <NotStaffRows rows={preview.notStaff} total={preview.sheets.reduce((n, s) => n + (s.status === 'read' ? s.notStaff : 0), 0)} showSheet={severalSheets} maxHeight={110} />
      <div className={styles.acceptedHead}>
        <Text className={styles.sectionTitle}>{fill(w.acceptedTitle, { count: formatCount(preview.staff.length) })}</Text>
        {conflicts > 0 && (
          <Checkbox label={fill(w.takeAll, { count: formatCount(conflicts) })} checked={choices.takeAll}
            onChange={(_, d) => onChoices({ ...choices, takeAll: d.checked === true })} />
        )}
        <Switch label={w.onlyChanged} checked={onlyChanged} onChange={(_, d) => setOnlyChanged(d.checked)} />
      </div>
      {conflicts > 0 && <Text size={200} className={styles.hint}>{w.conflictsHint}</Text>}
      <AcceptedRows
        rows={shown}
        height={(refusedShown ? 190 : 330) - (missing ? 90 : 0)}
        takes={(s) => takes(choices, s)}
        onTake={(id, take) => {
          // unticking one person while "all" is ticked keeps everyone else ticked
          const next = new Set(choices.takeAll
            ? preview.staff.filter((s) => s.conflicts.length > 0 && s.staffId !== null).map((s) => s.staffId!)
            : choices.take);
          if (take) next.add(id);
          else next.delete(id);
          onChoices({ ...choices, take: next, takeAll: choices.takeAll && take });
        }}
        emptyText={w.noChanged}
      />
      {missing && (
        <MissingStaff
          missing={preview.missing}
          chosen={choices.leaveIds}
          onChosen={(leaveIds) => onChoices({ ...choices, leaveIds })}
          leave={choices.leave}
          onLeave={(leave) => onChoices({ ...choices, leave })}
          dateError={leaveDateError}
          maxHeight={refusedShown ? 84 : 120}
        />
      )}
    </div>
  );
}
