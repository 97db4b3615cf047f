// A running backup or restore: what it is doing and how many files of all are done.
import { ProgressBar, Text } from '@fluentui/react-components';
import { fill, ui } from '../../lib/messages';
import type { JobProgress } from './backupJob';

export function JobProgressView({ progress }: { progress: JobProgress }) {
  const phase = ui.progress[progress.phase];
  const text = progress.total > 0 ? fill(ui.backup.progressFiles, { phase, done: progress.done, total: progress.total }) : phase;
  return (
    <div role="status" aria-label={ui.backup.progressLabel} style={{ width: '100%' }}>
      <Text>{text}</Text>
      <ProgressBar value={progress.total > 0 ? progress.done / progress.total : undefined} />
    </div>
  );
}
