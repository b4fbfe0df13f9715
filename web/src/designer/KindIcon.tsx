import type { NodeIconName } from '@ringflow/shared';
import {
  Clock,
  Contact,
  Grid3x3,
  type LucideIcon,
  Megaphone,
  MessageSquareReply,
  PhoneForwarded,
  PhoneIncoming,
  PhoneOff,
  Users,
  Voicemail,
} from 'lucide-react';

/**
 * The lucide icon of each name a node kind may give (`NODE_ICONS`); importing
 * them one by one keeps the bundle small. A name without an icon here is a
 * type error, so no kind is ever drawn with a stand-in.
 */
export const KIND_ICONS = {
  users: Users,
  clock: Clock,
  'grid-3x3': Grid3x3,
  megaphone: Megaphone,
  voicemail: Voicemail,
  'phone-forwarded': PhoneForwarded,
  'phone-off': PhoneOff,
  'message-square-reply': MessageSquareReply,
  'phone-incoming': PhoneIncoming,
  contact: Contact,
} satisfies Record<NodeIconName, LucideIcon>;

/** A node kind's icon by the name its definition gives. */
export function KindIcon({ name, size = 16 }: { name: NodeIconName; size?: number }) {
  const Icon = KIND_ICONS[name];
  return <Icon size={size} aria-hidden="true" />;
}
