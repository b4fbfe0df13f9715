/**
 * @module
 * The admin API's shapes as the web app reads them, taken from the types
 * generated from the server's route schemas (`generated.ts`, kept fresh by a
 * test), so the two cannot drift. Where a schema leaves a part open (a flow
 * document, a finding, a call's result), the precise type of the package that
 * defines it is put in its place.
 */
import type { CallResult, Finding } from '@ringflow/flow-runtime';
import type { FlowDocument, Schedule } from '@ringflow/shared';
import type { Decision } from '../auto-replies/types.js';
import type { components, paths } from './generated.js';

/** A schema of the admin API by its name in `/api/openapi.json`. */
export type ApiSchema<Name extends keyof components['schemas']> = components['schemas'][Name];

/** The JSON a route answers with on success, e.g. `ApiReply<'/audit', 'get'>`. */
export type ApiReply<
  Path extends keyof paths,
  Method extends 'get' | 'post' | 'put' | 'patch' | 'delete',
> = paths[Path][Method] extends {
  responses: { [status in 200 | 201]?: { content: { 'application/json': infer Body } } };
}
  ? Body
  : never;

export type User = ApiSchema<'User'>;
/** An account as the Users page lists it, with when it last signed in. */
export type ListedUser = ApiSchema<'ListedUser'>;
/** What signing in answers: the user and the token to send as X-CSRF-Token. */
export type LoginResult = ApiSchema<'LoginResult'>;
/** GET /auth/me: who is signed in; `csrfToken` is null for an API token. */
export type SessionReply = ApiReply<'/auth/me', 'get'>;
/** A phone number as a flow names it: the numbers whose calls run the flow. */
export type NumberRef = ApiSchema<'NumberRef'>;
export type FlowSummary = ApiSchema<'FlowSummary'>;
export type FlowDetail = Omit<ApiSchema<'Flow'>, 'draft' | 'findings'> & {
  draft: FlowDocument;
  findings: Finding[];
};
export type RevisionSummary = ApiSchema<'RevisionSummary'>;
/** What publishing (or rolling back) answers: the revision and the warnings it was published with. */
export type PublishedRevision = Omit<ApiSchema<'PublishedRevision'>, 'findings'> & {
  findings: Finding[];
};
export type Revision = Omit<ApiSchema<'Revision'>, 'document'> & { document: FlowDocument };
export type Member = ApiSchema<'Member'>;
export type PhoneNumber = ApiSchema<'PhoneNumber'>;
/** A schedule as the designer and the simulator hold it: the document, with its times when stored. */
export type ScheduleRecord = Schedule & { createdAt?: string; updatedAt?: string };
export type ScheduleStatus = ApiSchema<'ScheduleStatus'>;
export type CallSummary = ApiSchema<'CallSummary'>;
/** A call with its trace; its decisions keep the auto-reply page's precise reasons. */
export type CallDetail = Omit<ApiSchema<'Call'>, 'result' | 'autoReplyDecisions'> & {
  result: CallResult | null;
  autoReplyDecisions: Decision[];
};
export type CallEventRow = CallDetail['events'][number];
