import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLanguage, setLanguage, type Language } from './i18n';

/** Tiếng Việt / English, remembered on this browser. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  return (
    <Segmented<Language>
      size="small"
      value={currentLanguage()}
      onChange={(lng) => void setLanguage(lng)}
      options={[
        { value: 'vi', label: <span data-testid="lang-vi">{t('lang.vi')}</span> },
        { value: 'en', label: <span data-testid="lang-en">{t('lang.en')}</span> },
      ]}
    />
  );
}
