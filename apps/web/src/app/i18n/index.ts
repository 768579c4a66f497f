import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import 'dayjs/locale/en';
import vi from './vi.json';
import en from './en.json';

export const languages = ['vi', 'en'] as const;
export type Language = (typeof languages)[number];

const STORAGE_KEY = 'congdoan.lang';

function storedLanguage(): Language {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    return value === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

function applyLanguage(lng: string): void {
  dayjs.locale(lng === 'en' ? 'en' : 'vi');
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
}

const initial = storedLanguage();

void i18n.use(initReactI18next).init({
  resources: { vi: { translation: vi }, en: { translation: en } },
  lng: initial,
  fallbackLng: 'vi',
  supportedLngs: languages,
  interpolation: { escapeValue: false },
  returnNull: false,
});
applyLanguage(initial);

export function currentLanguage(): Language {
  return i18n.language === 'en' ? 'en' : 'vi';
}

/** Switch the UI language, remember it on this browser, and move dayjs along with it. */
export async function setLanguage(lng: Language): Promise<void> {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, lng);
  } catch {
    // Private mode or storage disabled: the choice lasts for this page only.
  }
  applyLanguage(lng);
  await i18n.changeLanguage(lng);
}

export default i18n;
