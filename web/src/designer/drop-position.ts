/** A node's place and size on the canvas, as far as placing another one next to it goes. */
export interface Placed {
  position: { x: number; y: number };
  measured?: { width?: number; height?: number };
}

const WIDTH = 240;
const HEIGHT = 110;

/** Where a dropped node goes so that the pointer is near its header, snapped to the canvas grid. */
export function dropPosition(point: { x: number; y: number }, grid = 15): { x: number; y: number } {
  const snap = (v: number) => Math.round(v / grid) * grid;
  return { x: snap(point.x - WIDTH / 2), y: snap(point.y - 20) };
}

/**
 * The first place at or below `start` where a new node covers no other one,
 * so nodes added from the keyboard do not pile up in the middle of the view.
 *
 * @example
 * freeSpot({ x: 0, y: 0 }, [{ position: { x: 0, y: 0 } }]); // { x: 0, y: 135 }
 */
export function freeSpot(
  start: { x: number; y: number },
  nodes: readonly Placed[],
): { x: number; y: number } {
  const overlaps = (p: { x: number; y: number }) =>
    nodes.some((n) => {
      const w = n.measured?.width ?? WIDTH;
      const h = n.measured?.height ?? HEIGHT;
      return (
        p.x < n.position.x + w &&
        p.x + WIDTH > n.position.x &&
        p.y < n.position.y + h &&
        p.y + HEIGHT > n.position.y
      );
    });
  let spot = start;
  for (let i = 0; i < 40 && overlaps(spot); i++) spot = { x: spot.x, y: spot.y + 45 };
  return spot;
}

/** The MIME type a palette item carries while dragged onto the canvas. */
export const KIND_MIME = 'application/x-ringflow-kind';
