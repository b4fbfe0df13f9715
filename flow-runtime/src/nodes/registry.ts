import type { NodeKind } from '@ringflow/shared';
import { autoReplyCompiler } from './auto-reply/compile.js';
import { businessHoursCompiler } from './business-hours/compile.js';
import type { NodeCompiler } from './define.js';
import { forwardCallCompiler } from './forward-call/compile.js';
import { hangUpCompiler } from './hang-up/compile.js';
import { incomingCallCompiler } from './incoming-call/compile.js';
import { phoneMenuCompiler } from './phone-menu/compile.js';
import { playMessageCompiler } from './play-message/compile.js';
import { ringUsersCompiler } from './ring-users/compile.js';
import { voicemailCompiler } from './voicemail/compile.js';

/** The runtime side of each node kind; a kind missing here is a compile error. */
export const nodeCompilers = {
  'incoming-call': incomingCallCompiler,
  'ring-users': ringUsersCompiler,
  'business-hours': businessHoursCompiler,
  'phone-menu': phoneMenuCompiler,
  'play-message': playMessageCompiler,
  voicemail: voicemailCompiler,
  'forward-call': forwardCallCompiler,
  'auto-reply': autoReplyCompiler,
  'hang-up': hangUpCompiler,
} satisfies { [K in NodeKind]: NodeCompiler<K> };

/** The compiler of a node's kind, typed for code that handles every kind alike. */
export function compilerOf<K extends NodeKind>(kind: K): NodeCompiler<K> {
  return nodeCompilers[kind] as unknown as NodeCompiler<K>;
}
