import { Page } from '../ui/status.js';

export function CallDetailPage() {
  return <Page title="CallDetailPage">{null}</Page>;
}
