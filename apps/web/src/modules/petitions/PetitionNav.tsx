import { Flex } from 'antd';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';

const sections = [
  'petitions',
  'petition-calls',
  'petitions/consolidate',
  'dialogues',
  'petition-reports',
  'draft-laws',
] as const;
const labels = ['petitions', 'calls', 'consolidate', 'dialogues', 'reports', 'draftLaws'] as const;

/**
 * The sub-navigation shared by every petitions page. Links in a <nav>, not antd Tabs: these are
 * pages, not tab panels (axe rejects a tablist without panels), and they wrap on a phone instead
 * of hiding behind a "more" button.
 */
export function PetitionNav() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const active =
    [...sections]
      .sort((a, b) => b.length - a.length)
      .find((s) => pathname === `/${s}` || pathname.startsWith(`/${s}/`)) ?? 'petitions';
  return (
    <nav aria-label={t('petitions.nav.label')} className="cds-subnav">
      <Flex wrap gap={4} component="ul">
        {sections.map((key, i) => (
          <li key={key}>
            <Link to={`/${key}`} aria-current={key === active ? 'page' : undefined} data-testid={`petnav-${labels[i]}`}>
              {t(`petitions.nav.${labels[i]}`)}
            </Link>
          </li>
        ))}
      </Flex>
    </nav>
  );
}
