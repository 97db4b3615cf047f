// A date field that reads and writes dd/mm/yyyy (id-ID) in every locale. It holds what is typed; the parent gets
// `YYYY-MM-DD`, '' when empty, or null while the text is no real date (the parent shows the field's error).
import { useEffect, useRef, useState } from 'react';
import { Input } from '@fluentui/react-components';
import type { InputProps } from '@fluentui/react-components';
import { ui } from '../../lib/messages';
import { dmyToIso, isoToDmy } from './dates';

export interface DateInputProps extends Omit<InputProps, 'value' | 'onChange' | 'type' | 'defaultValue'> {
  /** `YYYY-MM-DD` or '' */
  value: string;
  onChange: (iso: string | null) => void;
}

export function DateInput({ value, onChange, onBlur, ...rest }: DateInputProps) {
  const [text, setText] = useState(() => isoToDmy(value));
  /** the value this field last handed up (a parent shows a half-typed date, null, as '') */
  const emitted = useRef(value);
  // a new value from outside (a reset, a saved record) replaces what is shown; the echo of what is typed does not
  useEffect(() => {
    if (value === emitted.current) return;
    emitted.current = value;
    setText(isoToDmy(value));
  }, [value]);
  return (
    <Input
      {...rest}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      placeholder={ui.roster.datePlaceholder}
      value={text}
      onChange={(_, d) => {
        const iso = dmyToIso(d.value);
        setText(d.value);
        emitted.current = iso ?? '';
        onChange(iso);
      }}
      onBlur={(e) => {
        const iso = dmyToIso(text);
        if (iso) setText(isoToDmy(iso)); // 1/2/2025 → 01/02/2025
        onBlur?.(e);
      }}
    />
  );
}
