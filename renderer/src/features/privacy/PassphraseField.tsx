// A passphrase input with the field's own error under it (the core names the field that was wrong).
import { Field, Input } from '@fluentui/react-components';

export function PassphraseField({ label, value, onChange, error, autoFocus, testId }: {
  label: string; value: string; onChange: (v: string) => void; error?: string | undefined; autoFocus?: boolean; testId: string;
}) {
  return (
    <Field label={label} validationMessage={error} validationState={error ? 'error' : 'none'}>
      <Input type="password" value={value} autoFocus={autoFocus} onChange={(_, d) => onChange(d.value)} data-testid={testId} autoComplete="off" />
    </Field>
  );
}
