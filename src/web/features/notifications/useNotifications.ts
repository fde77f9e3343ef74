import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { NotificationListSchema, NotificationSchema } from '../../../contract/reporting.js';
import { api } from '../../api/client.js';

export type AppNotification = z.infer<typeof NotificationSchema>;
export type NotificationList = z.infer<typeof NotificationListSchema>;

/** How often the bell asks for new notifications. */
export const NOTIFICATION_POLL_MS = 60_000;

export const notificationKeys = { all: ['notifications'] as const };

/** The signed-in user's notifications and unread count, refreshed every minute while the tab is visible. */
export function useNotifications() {
  return useQuery({
    queryKey: notificationKeys.all,
    queryFn: () => api.get<NotificationList>('/api/notifications'),
    refetchInterval: NOTIFICATION_POLL_MS,
  });
}

function useInvalidateNotifications() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: notificationKeys.all });
}

export function useMarkNotificationRead() {
  const invalidate = useInvalidateNotifications();
  return useMutation({
    mutationFn: (id: string) => api.post<AppNotification>(`/api/notifications/${id}/read`),
    onSettled: invalidate,
  });
}

export function useMarkAllNotificationsRead() {
  const invalidate = useInvalidateNotifications();
  return useMutation({
    mutationFn: () => api.post<{ updated: number }>('/api/notifications/read-all'),
    onSettled: invalidate,
  });
}
