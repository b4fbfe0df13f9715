import { Page } from '../ui/status.js';

export function CallsPage() {
  return <Page title="CallsPage">{null}</Page>;
}
