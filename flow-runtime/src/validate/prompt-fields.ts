import type { FlowNode, Prompt } from '@ringflow/shared';

/** A prompt inside a node's data, with the field it sits in. */
export interface PromptField {
  prompt: Prompt;
  path: string[];
}

/**
 * The prompts a node plays (a menu's prompt, a voicemail greeting, ...). Found
 * by shape rather than by kind, so a new kind with a prompt is checked without
 * touching the validator.
 */
export function promptFields(node: FlowNode): PromptField[] {
  return Object.entries(node.data).flatMap(([key, value]): PromptField[] =>
    isPrompt(value) ? [{ prompt: value, path: [key] }] : [],
  );
}

function isPrompt(value: unknown): value is Prompt {
  if (typeof value !== 'object' || value === null) return false;
  const { type } = value as { type?: unknown };
  return type === 'say' || type === 'audio';
}
