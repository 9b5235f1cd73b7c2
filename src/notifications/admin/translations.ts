/** The bell's words (namespace `notificationsAdmin`), merged into src/i18n/translations.ts. */
export const notificationsAdminText = {
  zh: {
    title: '通知',
    bellLabel: '通知（{{count}} 条未读）',
    markAllRead: '全部标为已读',
    empty: '暂无通知',
  },
  en: {
    title: 'Notifications',
    bellLabel: 'Notifications ({{count}} unread)',
    markAllRead: 'Mark all read',
    empty: 'No notifications',
  },
}
