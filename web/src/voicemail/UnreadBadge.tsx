import { useUnreadPolling } from './unread.js';

/** The voicemail badge of the navigation: the number of voicemails the signed-in user has not opened. */
export function UnreadBadge() {
  const unread = useUnreadPolling();
  if (!unread) return null;
  return (
    <span className="nav-badge" title={`${unread} unread voicemail${unread === 1 ? '' : 's'}`}>
      {unread > 99 ? '99+' : unread}
    </span>
  );
}
