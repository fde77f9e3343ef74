import { Alert, Button, Flex, Form, Input, Typography } from 'antd';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import type { SignInBody } from '../../../contract/users.js';
import { NEXT_PARAM, PATHS } from '../../app/paths.js';
import { errorText } from '../../app/useShowError.js';
import { LocaleSwitch } from '../../i18n/LocaleSwitch.js';
import { useT } from '../../i18n/useT.js';
import { useSessionQuery, useSignIn } from './useSession.js';

/** Only same-site paths: `?tiep=//evil.example` must not send the user away. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : PATHS.dashboard;
}

export function SignInPage() {
  const t = useT();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get(NEXT_PARAM));
  const session = useSessionQuery();
  const signIn = useSignIn();

  if (session.data) return <Navigate to={next} replace />;

  const onFinish = (values: SignInBody) => {
    signIn.mutate(values, { onSuccess: () => void navigate(next, { replace: true }) });
  };

  return (
    <Flex vertical align="center" justify="center" style={{ minHeight: '100vh', padding: 16 }}>
      {/* A plain panel rather than antd Card, which would pull Tabs into the first download. */}
      <section style={{ width: '100%', maxWidth: 400, background: '#fff', borderRadius: 8, padding: 24, border: '1px solid #f0f0f0' }}>
        <Flex justify="flex-end">
          <LocaleSwitch />
        </Flex>
        <Typography.Title level={1} style={{ margin: '8px 0 0', color: '#b91c1c' }}>
          {t('app.name')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 24 }}>
          {t('app.subtitle')}
        </Typography.Paragraph>
        <Typography.Title level={2} style={{ fontSize: 18, marginTop: 0 }}>
          {t('signIn.title')}
        </Typography.Title>
        {signIn.isError && (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={errorText(signIn.error, t)}
            style={{ marginBottom: 16 }}
          />
        )}
        <Form<SignInBody> layout="vertical" onFinish={onFinish} requiredMark={false} disabled={signIn.isPending}>
          <Form.Item
            label={t('signIn.username')}
            name="username"
            rules={[{ required: true, whitespace: true, message: t('signIn.usernameRequired') }]}
          >
            <Input autoComplete="username" autoFocus autoCapitalize="none" spellCheck={false} />
          </Form.Item>
          <Form.Item
            label={t('signIn.password')}
            name="password"
            rules={[{ required: true, message: t('signIn.passwordRequired') }]}
          >
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={signIn.isPending}>
            {t('signIn.submit')}
          </Button>
        </Form>
      </section>
    </Flex>
  );
}
