import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useDocumentTitle } from '../app/useDocumentTitle.js';

/** Page title (one h1 per page) with its actions on the right. */
export function PageHeader({ title, tags, extra, breadcrumb }: { title: string; tags?: ReactNode; extra?: ReactNode; breadcrumb?: ReactNode }) {
  useDocumentTitle(title);
  return (
    <div style={{ marginBottom: 16 }}>
      {breadcrumb}
      <Flex align="center" justify="space-between" gap={12} wrap>
        <Flex align="center" gap={8} wrap>
          <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
            {title}
          </Typography.Title>
          {tags}
        </Flex>
        {extra && (
          <Flex gap={8} wrap>
            {extra}
          </Flex>
        )}
      </Flex>
    </div>
  );
}
