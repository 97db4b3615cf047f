import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ui } from './lib/messages';
import { screens } from './screens';
import type { ScreenId } from './screens';

const useStyles = makeStyles({
  nav: { display: 'flex', flexDirection: 'column', gap: '2px', padding: '12px 8px', borderRight: `1px solid ${tokens.colorNeutralStroke2}`, backgroundColor: tokens.colorNeutralBackground1 },
  section: { padding: '12px 8px 4px', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, textTransform: 'uppercase' },
  item: { justifyContent: 'flex-start', width: '100%' },
});

export function Navigation(props: { current: ScreenId; onSelect: (id: ScreenId) => void; enabled: boolean }) {
  const styles = useStyles();
  const sections = [
    { id: 'main', label: null },
    { id: 'settings', label: ui.nav.settings },
  ] as const;
  return (
    <nav className={styles.nav} aria-label={ui.nav.label}>
      {sections.map((section) => {
        const items = screens.filter((s) => s.section === section.id);
        if (items.length === 0) return null;
        return (
          <div key={section.id}>
            {section.label && <Text as="h2" block className={styles.section}>{section.label}</Text>}
            {items.map((s) => (
              <Button
                key={s.id}
                className={styles.item}
                appearance={props.current === s.id ? 'primary' : 'subtle'}
                aria-current={props.current === s.id ? 'page' : undefined}
                disabled={!props.enabled}
                onClick={() => props.onSelect(s.id)}
              >
                {s.label}
              </Button>
            ))}
          </div>
        );
      })}
    </nav>
  );
}
