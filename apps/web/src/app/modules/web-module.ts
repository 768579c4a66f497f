import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';

/** The menu's groups, in menu order. A group with no entry the user may open is not shown. */
export const menuGroups = [
  'organisation',
  'members',
  'movement',
  'care',
  'labourRelations',
  'finance',
  'reports',
  'admin',
] as const;
export type MenuGroup = (typeof menuGroups)[number];

export type MenuEntry = {
  key: string;
  group: MenuGroup;
  icon: ReactNode;
  /** Where the entry leads. */
  to: string;
  /** i18n key of its label. */
  label: string;
  testId: string;
  /** Shown only to users holding this permission somewhere. */
  permission?: string;
  /** Path prefixes that select this entry; the longest match wins ('/' matches only itself). */
  paths: string[];
};

/** A translation tree of one module: its top-level keys are its namespaces (e.g. `members`). */
export type Translations = { [key: string]: string | Translations };

/**
 * Everything a web module brings. The router, the menu and the translations are built from the
 * list in modules/index.ts, so a new module is one folder plus one line there.
 */
export type WebModule = {
  name: string;
  /** Pages inside the signed-in layout. */
  routes?: RouteObject[];
  /** Pages anyone may open (no sign-in, no layout). */
  publicRoutes?: RouteObject[];
  menu?: MenuEntry[];
  i18n: { vi: Translations; en: Translations };
};
