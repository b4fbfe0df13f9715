import { useUnreadPolling } from './unread.js';

/**
 * The voicemail badge of the navigation: the number of voicemails the
 * signed-in user has not opened, or a "!" while the server cannot say.
 */
export function UnreadBadge() {
  const { unread, failure } = useUnreadPolling();
  if (failure) {
    const text = `The unread count could not be read: ${failure}. It is asked again every 30 seconds.`;
    return (
      <span className="nav-badge unknown" title={text}>
        <span aria-hidden="true">!</span>
        <span className="sr-only">(unread count unavailable)</span>
      </span>
    );
  }
  if (!unread) return null;
  return (
    <span className="nav-badge" title={`${unread} unread voicemail${unread === 1 ? '' : 's'}`}>
      {unread > 99 ? '99+' : unread}
    </span>
  );
}
