import { App } from 'antd';
import { useState } from 'react';
import { downloadFile, type QueryParams } from '../../api/client.js';
import { useShowError } from '../../app/useShowError.js';
import { useT } from '../../i18n/useT.js';

/** Downloads a generated file (export, template); remembers which one is in flight for the button spinner. */
export function useDownload() {
  const t = useT();
  const { message } = App.useApp();
  const showError = useShowError();
  const [pending, setPending] = useState<string | null>(null);

  const download = async (key: string, path: string, query: QueryParams, fallbackName: string) => {
    setPending(key);
    const hide = message.loading(t('export.started'), 0);
    try {
      await downloadFile(path, query, fallbackName);
    } catch (error) {
      showError(error);
    } finally {
      hide();
      setPending(null);
    }
  };
  return { download, pending };
}
