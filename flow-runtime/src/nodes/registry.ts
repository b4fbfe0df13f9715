import type { NodeKind } from '@ringflow/shared';
import { autoReplyChecks } from './auto-reply/checks.js';
import { autoReplyCompiler } from './auto-reply/compile.js';
import { businessHoursChecks } from './business-hours/checks.js';
import { businessHoursCompiler } from './business-hours/compile.js';
import type { NodeChecks, NodeCompiler } from './define.js';
import { forwardCallChecks } from './forward-call/checks.js';
import { forwardCallCompiler } from './forward-call/compile.js';
import { hangUpChecks } from './hang-up/checks.js';
import { hangUpCompiler } from './hang-up/compile.js';
import { incomingCallChecks } from './incoming-call/checks.js';
import { incomingCallCompiler } from './incoming-call/compile.js';
import { phoneMenuChecks } from './phone-menu/checks.js';
import { phoneMenuCompiler } from './phone-menu/compile.js';
import { playMessageChecks } from './play-message/checks.js';
import { playMessageCompiler } from './play-message/compile.js';
import { ringUsersChecks } from './ring-users/checks.js';
import { ringUsersCompiler } from './ring-users/compile.js';
import { routeByCallerChecks } from './route-by-caller/checks.js';
import { routeByCallerCompiler } from './route-by-caller/compile.js';
import { voicemailChecks } from './voicemail/checks.js';
import { voicemailCompiler } from './voicemail/compile.js';

/** The runtime side of each node kind; a kind missing here is a compile error. */
export const nodeCompilers = {
  'incoming-call': incomingCallCompiler,
  'ring-users': ringUsersCompiler,
  'business-hours': businessHoursCompiler,
  'route-by-caller': routeByCallerCompiler,
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

/** The validator's side of each node kind: checks of its own settings. */
export const nodeChecks = {
  'incoming-call': incomingCallChecks,
  'ring-users': ringUsersChecks,
  'business-hours': businessHoursChecks,
  'route-by-caller': routeByCallerChecks,
  'phone-menu': phoneMenuChecks,
  'play-message': playMessageChecks,
  voicemail: voicemailChecks,
  'forward-call': forwardCallChecks,
  'auto-reply': autoReplyChecks,
  'hang-up': hangUpChecks,
} satisfies { [K in NodeKind]: NodeChecks<K> };

/** The checks of a node's kind, typed for code that handles every kind alike. */
export function checksOf<K extends NodeKind>(kind: K): NodeChecks<K> {
  return nodeChecks[kind] as unknown as NodeChecks<K>;
}
