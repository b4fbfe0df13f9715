import { Page } from '../ui/status.js';

export function NumbersPage() {
  return <Page title="NumbersPage">{null}</Page>;
}
