import './admin.css';
import { useState } from 'react';
import { api } from '../api/client.js';
import type { ScheduleRecord } from '../api/types.js';
import { ConfirmButton } from '../ui/ConfirmButton.js';
import { ErrorBox, Loading, Page } from '../ui/status.js';
import { useResource } from '../ui/use-resource.js';
import { ScheduleEditor } from './ScheduleEditor.js';
import { ScheduleStatusLine } from './ScheduleStatusLine.js';
import { formFromSchedule, newScheduleForm, type ScheduleBody } from './schedule-form.js';
import { weeklySummary } from './schedule-summary.js';
import type { SchedulesReply } from './types.js';

/** Business hours: every schedule with its "open now" line, and the editor. */
export function SchedulesPage() {
  const schedules = useResource('schedules', () => api<SchedulesReply>('GET', '/schedules'));
  const [editing, setEditing] = useState<ScheduleRecord | 'new' | null>(null);
  const list = schedules.data?.schedules ?? [];

  const save = async (body: ScheduleBody) => {
    if (editing === 'new') await api<ScheduleRecord>('POST', '/schedules', body);
    else if (editing)
      await api<ScheduleRecord>('PUT', `/schedules/${encodeURIComponent(editing.id)}`, body);
    setEditing(null);
    schedules.reload();
  };
  const remove = async (s: ScheduleRecord) => {
    await api('DELETE', `/schedules/${encodeURIComponent(s.id)}`);
    schedules.set({ schedules: list.filter((x) => x.id !== s.id) });
  };

  if (editing) {
    const isNew = editing === 'new';
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    return (
      <Page title={isNew ? 'New schedule' : `Edit “${editing.name}”`}>
        <ScheduleEditor
          title={isNew ? 'New schedule' : 'Edit schedule'}
          initial={isNew ? newScheduleForm(zone) : formFromSchedule(editing)}
          onSave={save}
          onCancel={() => setEditing(null)}
        />
      </Page>
    );
  }

  return (
    <Page
      title="Schedules"
      actions={
        <button type="button" className="primary" onClick={() => setEditing('new')}>
          New schedule
        </button>
      }
    >
      <p className="muted page-intro">
        One schedule serves business-hours nodes, auto-replies and phone numbers alike.
      </p>
      {schedules.error ? <ErrorBox error={schedules.error} retry={schedules.reload} /> : null}
      {schedules.loading && !schedules.data && <Loading what="schedules" />}
      {schedules.data && list.length === 0 && <div className="card empty">No schedules yet.</div>}
      <div className="schedule-list">
        {list.map((s) => (
          <article key={s.id} className="card schedule-card" aria-label={s.name}>
            <div className="schedule-main">
              <h2>{s.name}</h2>
              <ScheduleStatusLine id={s.id} version={s.updatedAt} timeZone={s.timeZone} />
              <p className="muted small-text">
                {s.timeZone} · {weeklySummary(s)}
                {s.closures.length > 0 &&
                  ` · ${s.closures.length} closure${s.closures.length > 1 ? 's' : ''}`}
                {s.special.length > 0 &&
                  ` · ${s.special.length} special date${s.special.length > 1 ? 's' : ''}`}
              </p>
            </div>
            <div className="row-actions">
              <button type="button" onClick={() => setEditing(s)}>
                Edit
              </button>
              <ConfirmButton question={`Delete “${s.name}”?`} onConfirm={() => remove(s)} />
            </div>
          </article>
        ))}
      </div>
    </Page>
  );
}
