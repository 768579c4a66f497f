import { Tag, Tooltip } from 'antd';

/** Up to `max` short tags, then "+N" with the rest in a tooltip. */
export function TagList({ values, max = 4, empty }: { values: string[]; max?: number; empty?: string }) {
  if (values.length === 0) return empty ?? null;
  const shown = values.slice(0, max);
  const rest = values.slice(max);
  return (
    <>
      {shown.map((value) => (
        <Tag key={value}>{value}</Tag>
      ))}
      {rest.length > 0 && (
        <Tooltip title={rest.join(', ')}>
          <Tag>+{rest.length}</Tag>
        </Tooltip>
      )}
    </>
  );
}
