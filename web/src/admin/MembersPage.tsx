import { Page } from '../ui/status.js';

export function MembersPage() {
  return <Page title="MembersPage">{null}</Page>;
}
