import type { FlowDocument } from '@ringflow/shared';

/** A ready-made flow to start from, offered by "New flow". */
export interface FlowTemplate {
  id: string;
  name: string;
  /** One or two sentences for the picker: what the flow does and what is left to choose. */
  description: string;
  /** A fresh document each call, so edits to one new flow never leak into the next. */
  build(): FlowDocument;
}
