import { Tabs } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';

const sections = ['petitions', 'petition-calls', 'petitions/consolidate', 'dialogues', 'petition-reports'] as const;
const labels = ['petitions', 'calls', 'consolidate', 'dialogues', 'reports'] as const;

/** The sub-navigation shared by every petitions page. */
export function PetitionNav() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const active =
    [...sections]
      .sort((a, b) => b.length - a.length)
      .find((s) => pathname === `/${s}` || pathname.startsWith(`/${s}/`)) ?? 'petitions';
  return (
    <Tabs
      activeKey={active}
      onChange={(key) => void navigate(`/${key}`)}
      items={sections.map((key, i) => ({
        key,
        label: <span data-testid={`petnav-${labels[i]}`}>{t(`petitions.nav.${labels[i]}`)}</span>,
      }))}
    />
  );
}
