import '../admin/admin.css';
import './auto-replies.css';
import { ArrowLeft } from 'lucide-react';
import { Link, useParams } from 'wouter';
import { ScheduleStatusLine } from '../admin/ScheduleStatusLine.js';
import type { SchedulesReply } from '../admin/types.js';
import { api } from '../api/client.js';
import type { PhoneNumber } from '../api/types.js';
import { NumberVoicemailSection } from '../settings/NumberVoicemailSection.js';
import { ErrorBox, Loading, Page } from '../ui/status.js';
import { useResource } from '../ui/use-resource.js';
import { AutoRepliesSection } from './AutoRepliesSection.js';
import { DecisionLog } from './DecisionLog.js';
import { GuardsForm } from './GuardsForm.js';
import { sampleValues } from './rule-summary.js';
import { useAutoReplySettings } from './use-auto-reply-settings.js';

/** One phone number's settings: who it is, its hours, its auto-replies, their guards and decisions, its voicemail and notifications. */
export function NumberSettingsPage() {
  const { id = '' } = useParams<{ id: string }>();
  const number = useResource(`number:${id}`, () =>
    api<PhoneNumber>('GET', `/numbers/${encodeURIComponent(id)}`),
  );
  // Only for the schedule's name and zone: without them the id shows, and the hours line still checks.
  const schedules = useResource('schedules', () => api<SchedulesReply>('GET', '/schedules'));
  const { resource: autoReplies, save, removeRule, current } = useAutoReplySettings(id);

  const back = (
    <Link href="/numbers" className="button">
      <ArrowLeft size={14} aria-hidden="true" /> Numbers
    </Link>
  );
  const failed = number.error ?? autoReplies.error;
  if (failed)
    return (
      <Page title="Phone number" actions={back}>
        <ErrorBox
          error={failed}
          retry={() => {
            if (number.error) number.reload();
            if (autoReplies.error) autoReplies.reload();
          }}
        />
      </Page>
    );
  if (!number.data || !autoReplies.data)
    return (
      <Page title="Phone number" actions={back}>
        <Loading what="the number's settings" />
      </Page>
    );

  const n = number.data;
  const settings = autoReplies.data.settings;
  const schedule = schedules.data?.schedules.find((s) => s.id === n.scheduleId);
  const values = sampleValues(n);
  return (
    <Page title={n.name} actions={back}>
      <section className="card number-header" aria-label="Number">
        <dl>
          <div>
            <dt>Number</dt>
            <dd className="mono">{n.number}</dd>
          </div>
          <div>
            <dt>Business name</dt>
            <dd>{n.businessName || <span className="muted">None: texts leave it out</span>}</dd>
          </div>
          <div>
            <dt>Schedule</dt>
            <dd>
              {n.scheduleId ? (
                <>
                  {schedule?.name ?? n.scheduleId}{' '}
                  <ScheduleStatusLine
                    id={n.scheduleId}
                    version={schedule?.updatedAt}
                    timeZone={schedule?.timeZone}
                  />
                </>
              ) : (
                <span className="muted">None: the in-hours text is sent at all times</span>
              )}
            </dd>
          </div>
        </dl>
      </section>
      <AutoRepliesSection
        settings={settings}
        values={values}
        hasSchedule={n.scheduleId !== null}
        save={save}
        removeRule={removeRule}
        current={current}
      />
      <GuardsForm
        guards={settings.guards}
        onSave={async (guards) => {
          await save({ ...(current() ?? settings), guards });
        }}
      />
      <NumberVoicemailSection number={n} onSaved={number.set} />
      <DecisionLog numberId={n.id} />
    </Page>
  );
}
