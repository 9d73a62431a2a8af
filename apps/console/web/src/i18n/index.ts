import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { ja } from './ja';

// Japanese first and, for now, only: staff read the console in Japanese; English would be a second resource here.
void i18n.use(initReactI18next).init({
  resources: { ja: { translation: ja } },
  lng: 'ja',
  fallbackLng: 'ja',
  interpolation: { escapeValue: false }, // React escapes what it renders
  returnNull: false,
});

export default i18n;
