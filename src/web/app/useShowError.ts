import { App, type FormInstance } from 'antd';
import { useCallback } from 'react';
import { ApiError } from '../api/client.js';
import { useT, type Translate } from '../i18n/useT.js';

/** The text to show for any error: the server's Vietnamese message, or a generic one. */
export function errorText(error: unknown, t: Translate): string {
  if (error instanceof ApiError) {
    if (error.code === 'NETWORK') return t('error.network');
    return error.message || t('error.unexpected');
  }
  return t('error.unexpected');
}

/** Marks the fields the server named (`{ fields: { 'memberUnitIds.2': '…' } }`) on the form. */
export function applyFieldErrors(form: FormInstance, error: unknown): void {
  if (!(error instanceof ApiError) || !error.fields) return;
  // Nested paths (`memberUnitIds.2`) land on the top-level field that holds them.
  form.setFields(Object.entries(error.fields).map(([path, message]) => ({ name: path.split('.')[0] ?? path, errors: [message] })));
}

/**
 * Shows an API error in a notification and, given a form, on its fields.
 * A 401 needs nothing here: the client sends the app back to the sign-in page.
 */
export function useShowError() {
  const { notification } = App.useApp();
  const t = useT();
  return useCallback(
    (error: unknown, form?: FormInstance) => {
      if (error instanceof ApiError && error.status === 401) return;
      if (form) applyFieldErrors(form, error);
      notification.error({ title: t('error.title'), description: errorText(error, t), placement: 'topRight' });
    },
    [notification, t],
  );
}

/**
 * The onError of a save. A stale version (someone saved first: the data has been reloaded) is a
 * warning followed by `onStale`; any other error goes to the notification and the form's fields.
 */
export function useSaveError() {
  const { notification } = App.useApp();
  const showError = useShowError();
  const t = useT();
  return useCallback(
    (error: unknown, form: FormInstance, onStale?: () => void) => {
      if (error instanceof ApiError && error.isStaleVersion) {
        notification.warning({ title: errorText(error, t), description: t('error.staleReloaded') });
        onStale?.();
        return;
      }
      showError(error, form);
    },
    [notification, showError, t],
  );
}
