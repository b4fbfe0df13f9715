import { Page } from '../ui/status.js';

export function DesignerPage() {
  return <Page title="DesignerPage">{null}</Page>;
}
