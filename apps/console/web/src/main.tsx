import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import jaJP from 'antd/locale/ja_JP';
import dayjs from 'dayjs';
import 'dayjs/locale/ja';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import './i18n';
import { ConsoleApp } from './ConsoleApp';

dayjs.locale('ja');

/**
 * Ant Design's default greys for placeholders and secondary text fall below WCAG AA contrast (4.5:1) on white; these
 * meet it. Noto Sans CJK JP first: the font Debian installs, so Japanese never renders as boxes.
 */
const THEME = {
  token: {
    fontFamily: '"Noto Sans CJK JP", "Noto Sans JP", "Hiragino Sans", "Yu Gothic UI", sans-serif',
    colorPrimary: '#0b5cad',
    colorLink: '#0b5cad',
    colorError: '#b42318',
    colorSuccess: '#1f6f2e',
    colorWarning: '#8a5a00',
    colorTextPlaceholder: '#6b6b6b',
    colorTextDescription: '#595959',
    colorTextTertiary: '#595959',
    colorTextSecondary: '#4a4a4a',
  },
};

const queryClient = new QueryClient({
  defaultOptions: {
    // Live events refetch what changed; a slow poll is the backstop should the stream miss one.
    queries: { staleTime: 5_000, refetchInterval: 60_000, retry: 1, refetchOnWindowFocus: true },
  },
});

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <ConfigProvider locale={jaJP} theme={THEME} button={{ autoInsertSpace: false }}>
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <BrowserRouter>
            <ConsoleApp />
          </BrowserRouter>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
