import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { setUnauthenticatedHandler } from '../api/client.js';
import { SESSION_KEY } from '../features/session/useSession.js';

/**
 * A 401 from any request means the session ended (expired, signed out elsewhere, password
 * changed): forget it, and RequireAuth sends the user to the sign-in page.
 */
export function SessionBridge() {
  const queryClient = useQueryClient();
  useEffect(() => {
    setUnauthenticatedHandler(() => queryClient.setQueryData(SESSION_KEY, null));
    return () => setUnauthenticatedHandler(null);
  }, [queryClient]);
  return null;
}
