import { useQuery } from '@tanstack/react-query';
import { Badge, Button, Layout, Menu, Space, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Route, Routes, useLocation } from 'react-router';
import { loadSession, type Session, signOut } from './api';
import { useLiveUpdates } from './live';
import { ApprovalsPage } from './pages/ApprovalsPage';
import { CasePage } from './pages/CasePage';
import { CasesPage } from './pages/CasesPage';
import { FindingsPage } from './pages/FindingsPage';
import { OperationsPage } from './pages/OperationsPage';
import { PayoutsPage } from './pages/PayoutsPage';
import { FINDING_READERS } from './findings';
import { SessionContext } from './session';

const { Header, Sider, Content } = Layout;

/** Which screens a role opens (the API still decides every call; this only hides what would be refused). */
const SCREENS = [
  { key: '/cases', label: 'nav.cases', roles: ['coordinator', 'claims_handler', 'approver', 'finance', 'auditor'] },
  { key: '/approvals', label: 'nav.approvals', roles: ['approver', 'claims_handler', 'coordinator', 'auditor'] },
  { key: '/payouts', label: 'nav.payouts', roles: ['finance', 'claims_handler', 'auditor'] },
  { key: '/operations', label: 'nav.operations', roles: ['operator', 'auditor', 'coordinator'] },
  { key: '/findings', label: 'nav.findings', roles: FINDING_READERS },
];

export function ConsoleApp() {
  const { t } = useTranslation();
  const session = useQuery({ queryKey: ['session'], queryFn: loadSession, staleTime: Infinity, refetchInterval: false });
  if (session.isPending) return <Spin fullscreen tip={t('app.loading')} />;
  if (session.isError) return <Typography.Text type="danger">{String(session.error)}</Typography.Text>;
  return (
    <SessionContext.Provider value={session.data}>
      <Shell session={session.data} />
    </SessionContext.Provider>
  );
}

function Shell({ session }: { session: Session }) {
  const { t } = useTranslation();
  const location = useLocation();
  const connected = useLiveUpdates();
  const screens = SCREENS.filter((s) => s.roles.some((role) => session.roles.includes(role)));
  const selected = screens.find((s) => location.pathname.startsWith(s.key))?.key;
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Header style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', background: '#0b2a4a' }}>
        <Typography.Title level={1} style={{ color: '#fff', fontSize: 18, margin: 0 }}>
          {t('app.title')}
        </Typography.Title>
        <Space size="middle">
          <Badge status={connected ? 'success' : 'warning'} text={<span style={{ color: '#fff' }}>{connected ? t('app.live') : t('app.offline')}</span>} />
          <span style={{ color: '#fff' }} data-testid="signed-in-as">
            {session.name}（{session.roles.map((r) => t(`roles.${r}`)).join('・')}）
          </span>
          <Button size="small" onClick={() => void signOut()}>
            {t('app.signOut')}
          </Button>
        </Space>
      </Header>
      <Layout>
        <Sider width={190} theme="light" aria-label={t('app.subtitle')}>
          <nav aria-label={t('app.subtitle')}>
            <Menu mode="inline" selectedKeys={selected ? [selected] : []} items={screens.map((s) => ({ key: s.key, label: <Link to={s.key}>{t(s.label)}</Link> }))} />
          </nav>
        </Sider>
        <Content style={{ padding: 24 }}>
          <main>
            <Routes>
              <Route path="/" element={<Navigate to={screens[0]?.key ?? '/cases'} replace />} />
              <Route path="/cases" element={<CasesPage />} />
              <Route path="/cases/:caseId" element={<CasePage />} />
              <Route path="/approvals" element={<ApprovalsPage />} />
              <Route path="/payouts" element={<PayoutsPage />} />
              <Route path="/operations" element={<OperationsPage />} />
              <Route path="/findings" element={<FindingsPage />} />
              <Route path="*" element={<Navigate to="/" replace />} />
            </Routes>
          </main>
        </Content>
      </Layout>
    </Layout>
  );
}
