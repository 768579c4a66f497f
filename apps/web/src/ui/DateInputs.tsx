import { DatePicker, type DatePickerProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';

// DatePicker's change value is typed for its multiple mode too; ours is single.
const one = (d: Dayjs | Dayjs[] | null) => (Array.isArray(d) ? (d[0] ?? null) : d);

type Props = Omit<DatePickerProps, 'value' | 'onChange' | 'format' | 'showTime'> & {
  value?: string | null;
  onChange?: (value: string | null) => void;
};

/**
 * A calendar day as dd/mm/yyyy whatever the browser's language (a native date input follows the
 * browser: mm/dd/yyyy in English). The form keeps 'YYYY-MM-DD', as the API takes it.
 */
export function DateInput({ value, onChange, ...rest }: Props) {
  return (
    <DatePicker
      {...rest}
      format="DD/MM/YYYY"
      value={value ? dayjs(value, 'YYYY-MM-DD') : null}
      onChange={(d) => onChange?.(one(d)?.format('YYYY-MM-DD') ?? null)}
    />
  );
}

/** A day and a 24-hour time as dd/mm/yyyy HH:mm; the form keeps 'YYYY-MM-DDTHH:mm' (Vietnam time). */
export function DateTimeInput({ value, onChange, ...rest }: Props) {
  return (
    <DatePicker
      {...rest}
      showTime={{ format: 'HH:mm' }}
      format="DD/MM/YYYY HH:mm"
      value={value ? dayjs(value, 'YYYY-MM-DDTHH:mm') : null}
      onChange={(d) => onChange?.(one(d)?.format('YYYY-MM-DDTHH:mm') ?? null)}
    />
  );
}
