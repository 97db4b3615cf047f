// What the roster screen shows before anyone is on it: what to do first.
import { Button, Text, makeStyles, tokens, useRestoreFocusTarget } from '@fluentui/react-components';
import { ui } from '../../lib/messages';

const useStyles = makeStyles({
  root: { display: 'grid', placeItems: 'center', flex: '1 1 auto', padding: '24px' },
  card: {
    maxWidth: '560px', display: 'flex', flexDirection: 'column', gap: '14px', padding: '28px 32px',
    backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusLarge, boxShadow: tokens.shadow4,
  },
  title: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  hint: { color: tokens.colorNeutralForeground2 },
  buttons: { display: 'flex', gap: '8px', flexWrap: 'wrap' },
});

export function EmptyRoster(props: { readOnly: boolean; onImport: () => void; onTemplate: () => void; onAdd: () => void }) {
  const styles = useStyles();
  const returnHere = useRestoreFocusTarget();
  const r = ui.roster;
  return (
    <div className={styles.root}>
      <section className={styles.card} data-testid="roster-empty">
        <Text as="h2" className={styles.title}>{r.emptyTitle}</Text>
        <Text className={styles.hint}>{r.emptyHint}</Text>
        <div className={styles.buttons}>
          <Button {...returnHere} appearance="primary" disabled={props.readOnly} onClick={props.onImport}>{r.import}</Button>
          <Button onClick={props.onTemplate}>{r.template}</Button>
          <Button {...returnHere} appearance="subtle" disabled={props.readOnly} onClick={props.onAdd}>{r.addOne}</Button>
        </div>
      </section>
    </div>
  );
}
