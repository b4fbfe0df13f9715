import { ReactFlowProvider } from '@xyflow/react';
import { useEffect, useState } from 'react';
import { useParams } from 'wouter';
import type { MembersReply, SchedulesReply } from '../admin/types.js';
import { api } from '../api/client.js';
import type { FlowDetail, Member, ScheduleRecord } from '../api/types.js';
import { loadDesignerGreetings } from '../greetings/load-greetings.js';
import { ErrorBox, Loading } from '../ui/status.js';
import { useResource } from '../ui/use-resource.js';
import { Designer } from './Designer.js';
import { useLostChange } from './lost-change.js';
import { designerStore } from './store.js';

interface Loaded {
  flow: FlowDetail;
  members: Member[];
  schedules: ScheduleRecord[];
}

/** `/flows/:id`: loads the flow with the team and schedules it refers to, then opens the designer. */
export function DesignerPage() {
  const { id = '' } = useParams<{ id: string }>();
  const [attempt, setAttempt] = useState(0);
  const [notice, setNotice] = useState<string>();
  const loaded = useResource(`designer:${id}:${attempt}`, async (): Promise<Loaded> => {
    const path = `/flows/${encodeURIComponent(id)}`;
    const [flow, members, schedules] = await Promise.all([
      api<FlowDetail>('GET', path),
      api<MembersReply>('GET', '/members'),
      api<SchedulesReply>('GET', '/schedules'),
    ]);
    return { flow, members: members.members, schedules: schedules.schedules };
  });
  const [ready, setReady] = useState<string | null>(null);

  const data = loaded.data;
  useEffect(() => {
    // While a reload is on its way the previous data is still there; wait for the new.
    if (!data || loaded.loading) return;
    designerStore.getState().load(data.flow.id, data.flow.draft, data.members, data.schedules);
    useLostChange.getState().opened(data.flow.id);
    designerStore.getState().setPublished(data.flow.published?.number ?? null);
    designerStore.getState().setLiveOn(data.flow.numbers);
    void loadDesignerGreetings();
    setReady(`${data.flow.id}:${attempt}`);
  }, [data, attempt, loaded.loading]);
  // A greeting added in another tab is offered when the admin comes back.
  useEffect(() => {
    const onFocus = () => void loadDesignerGreetings();
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, []);

  if (loaded.error) {
    return (
      <div className="page">
        <ErrorBox error={loaded.error} retry={loaded.reload} />
      </div>
    );
  }
  if (!data || ready !== `${data.flow.id}:${attempt}`) return <Loading what="the flow" />;
  return (
    <ReactFlowProvider key={ready}>
      <Designer
        flowId={data.flow.id}
        notice={notice}
        reload={(text) => {
          setNotice(text);
          setAttempt((n) => n + 1);
        }}
      />
    </ReactFlowProvider>
  );
}
