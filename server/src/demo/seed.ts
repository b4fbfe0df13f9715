import { validateFlow } from '@ringflow/flow-runtime';
import {
  AUTO_REPLY_TEMPLATES,
  AutoReplySettingsSchema,
  ruleFromTemplate,
  ScheduleSchema,
} from '@ringflow/shared';
import { recordAudit } from '../db/audit.js';
import { saveAutoReplySettings } from '../db/auto-replies.js';
import { countFlows, createFlow, publishRevision } from '../db/flows.js';
import { createMember, getMember } from '../db/members.js';
import { createNumber, findNumberByE164 } from '../db/numbers.js';
import { createSchedule, getSchedule } from '../db/schedules.js';
import { oneAtATime, transaction } from '../db/sql/connection.js';
import type { ServerDeps } from '../deps.js';
import { DEMO_NUMBER } from './credentials.js';
// Imported rather than read from disk, so that the bundled server (dist/main.js) carries them.
import demoFlow from './flow.json' with { type: 'json' };
import demoSchedules from './schedules.json' with { type: 'json' };
import demoTeam from './team.json' with { type: 'json' };

/** Example addresses for the demo team, in team.json's order; fictional 555-01xx numbers. */
const DEMO_ADDRESSES = ['+14155550101', '+14155550102', '+14155550103'];
const DEMO_LINE = {
  number: DEMO_NUMBER,
  name: 'Main line',
  businessName: 'Acme Plumbing',
  scheduleId: 'weekdays-9-17',
};

/** Texts that arrive after hours get the catalogue's after-hours answer. */
const DEMO_TEXT_RULE = ruleFromTemplate(
  AUTO_REPLY_TEMPLATES.find((t) => t.id === 'after-hours') ?? AUTO_REPLY_TEMPLATES[0],
  'after-hours-texts',
);

/**
 * Fills a database that has never had a flow with the demo in
 * `server/src/demo/`: the team (ids as the flow names them), the schedules,
 * the flow "Demo: small office" published as revision 1, and the number
 * +14155550100 pointing at it, answering texts after hours. Anything already there by the same id or
 * number is left alone. Returns whether it seeded; a second call does nothing.
 *
 * @example
 * if (seedDemo(deps)) log.info('seeded the demo');
 */
export async function seedDemo(deps: ServerDeps): Promise<boolean> {
  const { db, clock, log } = deps;
  const team: { members: { id: string; name: string }[] } = demoTeam;
  const schedules = (demoSchedules as unknown[]).map((s) => ScheduleSchema.parse(s));
  const seeded = await transaction(db, async (tx) => {
    await oneAtATime(tx, 'seed-demo');
    if ((await countFlows(tx)) > 0) return false;
    const at = clock.now().toISOString();
    for (const [i, member] of team.members.entries()) {
      const addresses = [DEMO_ADDRESSES[i] ?? `+1415555019${i}`];
      if (!(await getMember(tx, member.id))) await createMember(tx, { ...member, addresses }, at);
    }
    for (const schedule of schedules) {
      if (!(await getSchedule(tx, schedule.id))) await createSchedule(tx, schedule, at);
    }
    const { document, findings } = validateFlow(structuredClone(demoFlow), {
      memberIds: team.members.map((m) => m.id),
      scheduleIds: schedules.map((s) => s.id),
    });
    if (!document) throw new Error(`The demo flow is broken: ${findings[0]?.message}`);
    const flow = await createFlow(tx, { draft: document, userId: null }, at);
    await publishRevision(tx, flow.id, { document, message: 'Demo flow', authorId: null }, at);
    if (!(await findNumberByE164(tx, DEMO_LINE.number))) {
      const number = await createNumber(tx, { ...DEMO_LINE, flowId: flow.id }, at);
      // Calls are answered by the flow's own auto-reply nodes; texts by the number's rules.
      const settings = AutoReplySettingsSchema.parse({ rules: [DEMO_TEXT_RULE] });
      await saveAutoReplySettings(tx, number.id, settings, at);
    }
    await recordAudit(tx, { at, userId: null, action: 'demo.seed', subject: flow.id });
    return true;
  });
  if (seeded) log.info('seeded the demo', { number: DEMO_NUMBER });
  return seeded;
}
