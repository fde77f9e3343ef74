import { Flex, Spin } from 'antd';
import { useT } from '../i18n/useT.js';

/** Centred spinner while a page or its code loads. */
export function PageSpin({ fullScreen = false }: { fullScreen?: boolean }) {
  const t = useT();
  return (
    <Flex align="center" justify="center" style={{ minHeight: fullScreen ? '100vh' : 240 }}>
      <Spin size="large" description={t('app.loading')} />
    </Flex>
  );
}
