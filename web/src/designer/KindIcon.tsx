import {
  Circle,
  Clock,
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

/** The lucide icons the node registry names; importing them one by one keeps the bundle small. */
const ICONS: Record<string, LucideIcon> = {
  users: Users,
  clock: Clock,
  'grid-3x3': Grid3x3,
  megaphone: Megaphone,
  voicemail: Voicemail,
  'phone-forwarded': PhoneForwarded,
  'phone-off': PhoneOff,
  'message-square-reply': MessageSquareReply,
  'phone-incoming': PhoneIncoming,
};

/** A node kind's icon by its registry name. */
export function KindIcon({ name, size = 16 }: { name: string; size?: number }) {
  const Icon = ICONS[name] ?? Circle;
  return <Icon size={size} aria-hidden="true" />;
}
