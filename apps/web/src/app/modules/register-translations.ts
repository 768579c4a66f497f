import i18n from '../i18n';
import baseVi from '../i18n/vi.json';
import baseEn from '../i18n/en.json';
import { webModules } from '../../modules';
import { mergeTranslations } from './translations';

// Each module brings its namespaces; they join the app's strings before the first render.
for (const lng of ['vi', 'en'] as const) {
  const all = mergeTranslations(lng === 'vi' ? baseVi : baseEn, webModules, lng);
  i18n.addResourceBundle(lng, 'translation', all, true, true);
}
