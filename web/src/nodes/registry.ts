import type { NodeKind } from '@ringflow/shared';
import type { ComponentType } from 'react';
import { AutoReplySettings } from './auto-reply/Settings.js';
import { BusinessHoursSettings } from './business-hours/Settings.js';
import { ForwardCallSettings } from './forward-call/Settings.js';
import { HangUpSettings } from './hang-up/Settings.js';
import { IncomingCallSettings } from './incoming-call/Settings.js';
import { PhoneMenuSettings } from './phone-menu/Settings.js';
import { PlayMessageSettings } from './play-message/Settings.js';
import { RingUsersSettings } from './ring-users/Settings.js';
import { RouteByCallerSettings } from './route-by-caller/Settings.js';
import type { SettingsProps } from './settings-props.js';
import { VoicemailSettings } from './voicemail/Settings.js';

/** The designer's piece of each node kind; a kind missing here is a compile error. */
export interface NodeUi {
  Settings: ComponentType<SettingsProps>;
}

export const nodeUi = {
  'incoming-call': { Settings: IncomingCallSettings },
  'ring-users': { Settings: RingUsersSettings },
  'business-hours': { Settings: BusinessHoursSettings },
  'route-by-caller': { Settings: RouteByCallerSettings },
  'phone-menu': { Settings: PhoneMenuSettings },
  'play-message': { Settings: PlayMessageSettings },
  voicemail: { Settings: VoicemailSettings },
  'forward-call': { Settings: ForwardCallSettings },
  'auto-reply': { Settings: AutoReplySettings },
  'hang-up': { Settings: HangUpSettings },
} satisfies Record<NodeKind, NodeUi>;
