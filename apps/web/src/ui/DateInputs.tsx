import { useCallback, useMemo, type KeyboardEvent } from 'react';
import { DatePicker, Input, type DatePickerProps, type InputProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';

// DatePicker's change value is typed for its multiple mode too; ours is single.
const one = (d: Dayjs | Dayjs[] | null) => (Array.isArray(d) ? (d[0] ?? null) : d);

type Props = Omit<DatePickerProps, 'value' | 'onChange' | 'format' | 'showTime'> & {
  value?: string | null;
  onChange?: (value: string | null) => void;
};

/**
 * The picker's value for a stored string: the same object while the string is the same, so the
 * picker does not take every render for a new value; a change is reported only when it is one.
 */
function usePickerValue(value: string | null | undefined, onChange: Props['onChange'], stored: string) {
  const day = useMemo(() => (value ? dayjs(value) : null), [value]);
  const change = useCallback(
    (d: Dayjs | Dayjs[] | null) => {
      const next = one(d)?.format(stored) ?? null;
      // The picker also reports the value it was given (on blur, on confirm): not a change.
      if (next !== (value ?? null)) onChange?.(next);
    },
    [value, onChange, stored],
  );
  return { value: day, onChange: change, onKeyDown: confirmOnly };
}

/**
 * Enter confirms the typed date (the picker reads it first) and does not also submit the form around
 * it: a person confirming a time is not done with the form. (This submission, which replaced the form
 * with the saved event, once passed for a render loop: the fields vanished under the test.)
 */
const confirmOnly = (e: KeyboardEvent<HTMLElement>) => {
  if (e.key === 'Enter') e.preventDefault();
};

/**
 * A calendar day as dd/mm/yyyy whatever the browser's language (a native date input follows the
 * browser: mm/dd/yyyy in English). The form keeps 'YYYY-MM-DD', as the API takes it.
 */
export function DateInput({ value, onChange, ...rest }: Props) {
  return <DatePicker {...rest} format="DD/MM/YYYY" {...usePickerValue(value, onChange, 'YYYY-MM-DD')} />;
}

const timeFormat = { format: 'HH:mm' } as const;

/**
 * A day and a 24-hour time as dd/mm/yyyy HH:mm whatever the browser's language (a native
 * datetime-local shows AM/PM in English). The form keeps 'YYYY-MM-DDTHH:mm', a wall-clock time the
 * caller reads as Vietnam time.
 */
export function DateTimeInput({ value, onChange, ...rest }: Props) {
  return (
    <DatePicker
      {...rest}
      showTime={timeFormat}
      format="DD/MM/YYYY HH:mm"
      {...usePickerValue(value, onChange, 'YYYY-MM-DDTHH:mm')}
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
