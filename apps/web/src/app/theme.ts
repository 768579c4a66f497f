import type { ThemeConfig } from 'antd';

// Under browser automation (navigator.webdriver), antd's open/close animations only make
// end-to-end clicks race the motion; real users keep them.
const automated = typeof navigator !== 'undefined' && navigator.webdriver;

export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#0b5cad',
    // WCAG AA (4.5:1) on white and on the #f5f7fa page: antd's defaults (#1677ff links, 45 % and
    // 25 % black for secondary text and placeholders) fall short, and axe in e2e/ checks it.
    colorLink: '#0b5cad',
    colorTextSecondary: '#595959',
    colorTextTertiary: '#595959',
    colorTextDescription: '#595959',
    colorTextPlaceholder: '#6b6b6b',
    colorError: '#cf1322',
    borderRadius: 6,
    motion: !automated,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif",
  },
  components: {
    Layout: { headerBg: '#0b3d6e', headerPadding: '0 16px', siderBg: '#ffffff' },
  },
};
