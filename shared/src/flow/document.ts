import { z } from 'zod';
import { NodeIdSchema } from '../ids.js';
import { NODE_KINDS, type NodeData, type NodeKind, nodeDefinitions } from '../nodes/registry.js';

/** The version of the flow document this code writes. Older ones are migrated on read. */
export const FLOW_SCHEMA_VERSION = 1;

/** Twilio Studio's limit, and plenty for a phone line. */
export const MAX_NODES = 2000;

export const PositionSchema = z.object({ x: z.number(), y: z.number() });

function nodeSchema<K extends NodeKind>(kind: K) {
  return z.object({
    id: NodeIdSchema,
    type: z.literal(kind),
    position: PositionSchema,
    data: nodeDefinitions[kind].schema as NodeDefinitionsSchema<K>,
  });
}
type NodeDefinitionsSchema<K extends NodeKind> = (typeof nodeDefinitions)[K]['schema'];

/** A node in React Flow's own shape: `{ id, type, position, data }`. */
export const FlowNodeSchema = z.discriminatedUnion(
  'type',
  NODE_KINDS.map((kind) => nodeSchema(kind)) as unknown as [
    ReturnType<typeof nodeSchema<'incoming-call'>>,
    ...ReturnType<typeof nodeSchema<Exclude<NodeKind, 'incoming-call'>>>[],
  ],
);

/** An edge from one outcome (`sourceHandle`) of a node to another node. */
export const FlowEdgeSchema = z.object({
  id: z.string().min(1).max(128),
  source: NodeIdSchema,
  sourceHandle: z.string().min(1).max(64),
  target: NodeIdSchema,
});

export const FlowDocumentSchema = z.object({
  schemaVersion: z.literal(FLOW_SCHEMA_VERSION),
  name: z.string().max(120).default('Untitled flow'),
  description: z.string().max(2000).default(''),
  nodes: z.array(FlowNodeSchema).max(MAX_NODES),
  edges: z.array(FlowEdgeSchema).max(MAX_NODES * 13),
  /** Where the canvas was looking, so it reopens as it was left. */
  viewport: z.object({ x: z.number(), y: z.number(), zoom: z.number().positive() }).optional(),
});

/** A node of a given kind, with its data typed for that kind. */
export type FlowNodeOf<K extends NodeKind> = {
  id: string;
  type: K;
  position: { x: number; y: number };
  data: NodeData<K>;
};
export type FlowNode = { [K in NodeKind]: FlowNodeOf<K> }[NodeKind];
export type FlowEdge = z.output<typeof FlowEdgeSchema>;
export type FlowDocument = Omit<z.output<typeof FlowDocumentSchema>, 'nodes'> & {
  nodes: FlowNode[];
};
/** A document as it may be written by hand or by an API client: defaults may be omitted. */
export type FlowDocumentInput = z.input<typeof FlowDocumentSchema>;
