import { Page } from '../ui/status.js';

export function SchedulesPage() {
  return <Page title="SchedulesPage">{null}</Page>;
}
