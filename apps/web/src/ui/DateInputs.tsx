import { useMemo } from 'react';
import { DatePicker, Input, type DatePickerProps, type InputProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';

// DatePicker's change value is typed for its multiple mode too; ours is single.
const one = (d: Dayjs | Dayjs[] | null) => (Array.isArray(d) ? (d[0] ?? null) : d);

type Props = Omit<DatePickerProps, 'value' | 'onChange' | 'format' | 'showTime'> & {
  value?: string | null;
  onChange?: (value: string | null) => void;
};

/** The picker's value for a stored string, the same object while the string is the same (no update loops). */
const useDay = (value: string | null | undefined) => useMemo(() => (value ? dayjs(value) : null), [value]);

/**
 * A calendar day as dd/mm/yyyy whatever the browser's language (a native date input follows the
 * browser: mm/dd/yyyy in English). The form keeps 'YYYY-MM-DD', as the API takes it.
 */
export function DateInput({ value, onChange, ...rest }: Props) {
  return (
    <DatePicker
      {...rest}
      format="DD/MM/YYYY"
      value={useDay(value)}
      onChange={(d) => onChange?.(one(d)?.format('YYYY-MM-DD') ?? null)}
    />
  );
}

/**
 * A date that may be known only to the month or the year (a birth date): the official types
 * "15/03/1990", "03/1990" or "1990". The form keeps the text; `parsePartialDateVN` reads it on submit.
 * Enter does not submit the form from here (it would, from a plain text box).
 */
export function PartialDateInput(props: Omit<InputProps, 'onKeyDown' | 'inputMode'>) {
  return (
    <Input
      maxLength={20}
      inputMode="numeric"
      autoComplete="off"
      {...props}
      onKeyDown={(e) => {
        if (e.key === 'Enter') e.preventDefault();
      }}
    />
  );
}
