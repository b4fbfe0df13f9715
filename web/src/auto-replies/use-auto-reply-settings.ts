import type { AutoReplySettings } from '@ringflow/shared';
import { useRef } from 'react';
import { api } from '../api/client.js';
import { useResource } from '../ui/use-resource.js';
import type { AutoRepliesReply } from './types.js';

/**
 * A number's auto-reply settings from the server, and the two ways to change
 * them: save the whole settings (PUT), or delete one rule, which stops it at
 * once (DELETE). Both keep what the server answered.
 *
 * @example
 * const { resource, save } = useAutoReplySettings(numberId);
 * await save({ ...settings, guards: { ...settings.guards, cooldownMinutes: 60 } });
 */
export function useAutoReplySettings(numberId: string) {
  const path = `/numbers/${encodeURIComponent(numberId)}/auto-replies`;
  const resource = useResource(`auto-replies:${numberId}`, () =>
    api<AutoRepliesReply>('GET', path),
  );
  // Changes made one after the other each start from the last answer, not from a render's copy.
  const latest = useRef(resource.data);
  latest.current = resource.data;

  const save = async (settings: AutoReplySettings): Promise<AutoReplySettings> => {
    const reply = await api<AutoRepliesReply>('PUT', path, settings);
    latest.current = reply;
    resource.set(reply);
    return reply.settings;
  };
  const removeRule = async (ruleId: string): Promise<void> => {
    await api('DELETE', `${path}/${encodeURIComponent(ruleId)}`);
    const current = latest.current?.settings;
    if (!current) return resource.reload();
    const next = { settings: { ...current, rules: current.rules.filter((r) => r.id !== ruleId) } };
    latest.current = next;
    resource.set(next);
  };
  /** The settings as last answered, for a change that builds on them. */
  const current = () => latest.current?.settings;
  return { resource, save, removeRule, current };
}
