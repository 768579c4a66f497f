import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { stageColors } from './homes.api';

/** A stage's name on a neutral tag (readable contrast) with a dot of the colour its map points use. */
export function StageTag({ stage, count, testId }: { stage: string; count?: number; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Tag data-testid={testId}>
      <span
        aria-hidden
        style={{
          display: 'inline-block',
          width: 8,
          height: 8,
          borderRadius: 4,
          marginRight: 6,
          background: stageColors[stage],
        }}
      />
      {t(`homes.stage.${stage}`)}
      {count === undefined ? '' : `: ${count}`}
    </Tag>
  );
}
