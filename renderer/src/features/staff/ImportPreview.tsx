// What an import will do, before anything is written: counts, the refused rows (with a workbook to fix them in),
// the accepted rows marked new/updated, and who on the roster is not in the file.
import { Button, MessageBar, MessageBarBody, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { RosterPreview } from '../../../../electron/core/staff/import/previewTypes';
import { fill, ui } from '../../lib/messages';
import { AcceptedRows } from './AcceptedRows';
import { formatCount } from './labels';
import { RefusedRows } from './RefusedRows';

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

export function ImportPreview({ preview, onSaveRefused, busy }: { preview: RosterPreview; onSaveRefused: () => void; busy: boolean }) {
  const styles = useStyles();
  const c = preview.counts;
  const tile = (key: string, n: number, label: string, className?: string) => (
    <div className={mergeClasses(styles.tile, className)} data-testid={`count-${key}`}>
      <span className={styles.tileNumber}>{formatCount(n)}</span><span>{label}</span>
    </div>
  );
  const refusedShown = preview.refused.length > 0;
  return (
    <div className={styles.root} data-testid="import-preview">
      {preview.sheetName && <Text size={200} className={styles.hint}>{fill(w.previewSheet, { sheet: preview.sheetName, row: preview.headerRow })}</Text>}
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
          <RefusedRows rows={preview.refused} maxHeight={150} />
        </>
      )}
      <Text className={styles.sectionTitle}>{fill(w.acceptedTitle, { count: formatCount(preview.staff.length) })}</Text>
      <AcceptedRows rows={preview.staff} height={refusedShown ? 190 : 330} />
    </div>
  );
}
