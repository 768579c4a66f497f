import type { Translations, WebModule } from './web-module';

/**
 * The app's own strings plus every module's namespaces, per language. A module may not redefine
 * a namespace another one (or the app) already has: that would silently replace its strings.
 */
export function mergeTranslations(base: Translations, modules: WebModule[], lng: 'vi' | 'en'): Translations {
  const merged: Translations = { ...base };
  for (const module of modules) {
    for (const [namespace, tree] of Object.entries(module.i18n[lng])) {
      if (namespace in merged) throw new Error(`i18n namespace "${namespace}" of ${module.name} is already taken`);
      merged[namespace] = tree;
    }
  }
  return merged;
}
