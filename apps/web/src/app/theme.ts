import type { ThemeConfig } from 'antd';

// Under browser automation (navigator.webdriver), antd's open/close animations only make
// end-to-end clicks race the motion; real users keep them.
const automated = typeof navigator !== 'undefined' && navigator.webdriver;

export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#0b5cad',
    borderRadius: 6,
    motion: !automated,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif",
  },
  components: {
    Layout: { headerBg: '#0b3d6e', headerPadding: '0 16px', siderBg: '#ffffff' },
  },
};
