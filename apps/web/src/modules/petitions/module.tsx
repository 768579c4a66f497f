import { lazy } from 'react';
import { MessageOutlined } from '@ant-design/icons';
import { Permission } from '@congdoan/domain';
import type { WebModule } from '../../app/modules/web-module';
import { guarded } from '../../app/modules/guarded';
import vi from './i18n/vi.json';
import en from './i18n/en.json';

const page = <K extends string>(load: () => Promise<Record<K, React.ComponentType>>, name: K) =>
  lazy(() => load().then((m) => ({ default: m[name] })));
const PetitionsPage = page(() => import('./PetitionsPage'), 'PetitionsPage');
const PetitionDetailPage = page(() => import('./PetitionDetailPage'), 'PetitionDetailPage');
const ConsolidatePage = page(() => import('./ConsolidatePage'), 'ConsolidatePage');
const CallsPage = page(() => import('./CallsPage'), 'CallsPage');
const CallDetailPage = page(() => import('./CallDetailPage'), 'CallDetailPage');
const DialoguesPage = page(() => import('./DialoguesPage'), 'DialoguesPage');
const DialogueDetailPage = page(() => import('./DialogueDetailPage'), 'DialogueDetailPage');
const DraftLawsPage = page(() => import('./DraftLawsPage'), 'DraftLawsPage');
const ReportsPage = page(() => import('./ReportsPage'), 'ReportsPage');

const officerPages = [
  ['petitions', <PetitionsPage key="p" />],
  ['petitions/consolidate', <ConsolidatePage key="c" />],
  ['petition-calls', <CallsPage key="cl" />],
  ['petition-calls/:id', <CallDetailPage key="cd" />],
  ['dialogues', <DialoguesPage key="d" />],
  ['dialogues/:id', <DialogueDetailPage key="dd" />],
  ['petition-reports', <ReportsPage key="r" />],
  ['draft-laws', <DraftLawsPage key="dl" />],
] as const;

export const petitionsModule: WebModule = {
  name: 'petitions',
  routes: [
    // A member may open their own petition (or an addressee one shared with them) without a role.
    { path: 'petitions/:id', element: <PetitionDetailPage /> },
    ...officerPages.map(([path, element]) => ({ path, element: guarded(Permission.PetitionRead, element) })),
  ],
  menu: [
    {
      key: 'petitions',
      group: 'labourRelations',
      icon: <MessageOutlined />,
      to: '/petitions',
      label: 'petitions.menu',
      testId: 'menu-petitions',
      permission: Permission.PetitionRead,
      paths: ['/petitions', '/petition-calls', '/dialogues', '/petition-reports', '/draft-laws'],
    },
  ],
  i18n: { vi, en },
};
