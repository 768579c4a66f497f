import type { WebModule } from '../../app/modules/web-module';
import vi from './i18n/vi.json';
import en from './i18n/en.json';

// Background work (imports, exports) shows its progress inside the screens that start it.
export const jobsModule: WebModule = { name: 'jobs', i18n: { vi, en } };
