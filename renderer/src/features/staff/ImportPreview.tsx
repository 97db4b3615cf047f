// What an import will do, before anything is written: counts, the refused rows (with a workbook to fix them in),
// the accepted rows marked new/updated, and who on the roster is not in the file.
import { Button, MessageBar, MessageBarBody, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { RosterPreview } from '../../../../electron/core/staff/import/previewTypes';
import { fill, ui } from '../../lib/messages';
import { AcceptedRows } from './AcceptedRows';
import { formatCount } from './labels';
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
});

const w = ui.roster.wizard;

export interface ImportPreviewProps {
  preview: RosterPreview;
  onSaveRefused: () => void;
  /** leave the named sheets out (the others in) */
  onLeaveOut: (sheets: string[]) => void;
  busy: boolean;
}

export function ImportPreview({ preview, onSaveRefused, onLeaveOut, busy }: ImportPreviewProps) {
  const styles = useStyles();
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
      </div>
      {preview.missingFromFile > 0 && (
        <MessageBar intent="info"><MessageBarBody>{fill(w.missing, { count: formatCount(preview.missingFromFile) })}</MessageBarBody></MessageBar>
      )}
      {refusedShown && (
        <>
          <div className={styles.section}>
            <Text className={styles.sectionTitle}>{fill(w.refusedTitle, { count: formatCount(preview.refused.length) })}</Text>
            <Button size="small" disabled={busy} onClick={onSaveRefused}>{w.refusedSave}</Button>
          </div>
          <Text size={200} className={styles.hint}>{w.refusedHint}</Text>
          <RefusedRows rows={preview.refused} maxHeight={150} showSheet={severalSheets} />
        </>
      )}
      <NotStaffRows rows={preview.notStaff} total={preview.sheets.reduce((n, s) => n + (s.status === 'read' ? s.notStaff : 0), 0)} showSheet={severalSheets} maxHeight={110} />
      <Text className={styles.sectionTitle}>{fill(w.acceptedTitle, { count: formatCount(preview.staff.length) })}</Text>
      <AcceptedRows rows={preview.staff} height={refusedShown ? 190 : 330} />
    </div>
  );
}
