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

const queryClient = new QueryClient({
  defaultOptions: {
    // Live events refetch what changed; a slow poll is the backstop should the stream miss one.
    queries: { staleTime: 5_000, refetchInterval: 60_000, retry: 1, refetchOnWindowFocus: true },
  },
});

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <ConfigProvider locale={jaJP} theme={{ token: { fontFamily: '"Noto Sans CJK JP", "Noto Sans JP", "Hiragino Sans", "Yu Gothic UI", sans-serif', colorPrimary: '#0b5cad' } }}>
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
