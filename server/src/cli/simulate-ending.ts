import {
  type CallResult,
  callCandidates,
  decideAutoReplies,
  describeResult,
  issueFields,
  triggerOfOutcome,
} from '@ringflow/flow-runtime';
import {
  type AutoReplySettings,
  AutoReplySettingsSchema,
  defaultAutoReplySettings,
  type FlowDocument,
  type Schedule,
} from '@ringflow/shared';
import { CliError } from './cli-error.js';
import { readJson } from './files.js';

/** A number's auto-reply settings and the schedule its rules follow. */
export interface NumberRules {
  settings: AutoReplySettings;
  scheduleId: string | null;
}

/**
 * The number's rules from a file holding its settings, or what
 * `GET /api/numbers/{id}/auto-replies` answers (`{ "settings": ... }`), with
 * an optional `"scheduleId"` beside them; no file: no rules, default guards.
 */
export function readNumberRules(path: string | undefined): NumberRules {
  if (!path) return { settings: defaultAutoReplySettings(), scheduleId: null };
  const json = readJson(path, 'auto-replies file') as Record<string, unknown> | null;
  const wrapped = json !== null && typeof json === 'object' && 'settings' in json;
  const settings = wrapped ? json.settings : json;
  const parsed = AutoReplySettingsSchema.safeParse(settings);
  if (!parsed.success) {
    const [issue] = issueFields(parsed.error.issues, settings);
    const field = [...(wrapped ? ['settings'] : []), ...(issue?.path ? [issue.path] : [])].join(
      '.',
    );
    throw new CliError(`${path}: ${field || 'value'}: ${issue?.message}`);
  }
  const scheduleId = wrapped && typeof json.scheduleId === 'string' ? json.scheduleId : null;
  return { settings: parsed.data, scheduleId };
}

/**
 * The ending's lines: the outcome, which agrees with the texts, then each
 * text the flow's auto-reply steps (or, when the call reached none, the
 * number's missed-call or voicemail rule) send or why they do not, decided
 * by the server's own `decideAutoReplies` for a caller with no history.
 */
export function endingLines(
  flow: FlowDocument,
  result: CallResult,
  facts: {
    end: Date;
    from: string;
    business: { number: string; name: string };
    schedules: Readonly<Record<string, Schedule>>;
    rules: NumberRules;
  },
): string[] {
  const { settings, scheduleId } = facts.rules;
  const trigger = triggerOfOutcome(result.outcome);
  // A blocked caller sets off no auto-reply at all.
  const decisions =
    trigger === null
      ? []
      : decideAutoReplies(
          {
            trigger,
            at: facts.end,
            contact: { number: facts.from },
            business: facts.business,
          },
          callCandidates(flow, result, settings.rules),
          settings.guards,
          {
            lastAutoReplyAt: null,
            lastTeamActivityAt: null,
            recentInboundAt: [],
            hasTextedBefore: false,
          },
          { schedules: facts.schedules, scheduleId },
        );
  const lines = [`Outcome: ${describeResult(result, decisions, facts.end)}`];
  for (const d of decisions) {
    const who = d.candidate.source === 'flow' ? 'step' : 'rule';
    if (d.action === 'skip') {
      lines.push(`No text from ${who} "${d.candidate.name}": ${d.detail}`);
      continue;
    }
    const minutes = d.sendAt ? Math.round((d.sendAt.getTime() - facts.end.getTime()) / 60_000) : 0;
    const segments = d.length?.segments ?? 0;
    const details = [
      d.variant,
      `${segments} segment${segments === 1 ? '' : 's'}, ${d.length?.encoding ?? 'GSM-7'}`,
      minutes > 0 ? `sent after ${minutes} min` : 'sent at once',
    ].filter(Boolean);
    lines.push(`Text from ${who} "${d.candidate.name}" (${details.join('; ')}):`);
    lines.push(`  ${d.text ?? ''}`);
  }
  return lines;
}
