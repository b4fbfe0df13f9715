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

/** A rectangle of the canvas, in flow coordinates. */
export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

type Size = { width: number; height: number };
type Point = { x: number; y: number };

/**
 * Where a node added without a pointer (the palette's Enter or click) goes:
 * the free place inside `view` (the part of the canvas on screen) nearest to
 * its centre, so a new step is never added under a panel or off screen and
 * does not cover another. `size` is the new step's (about as it will be
 * drawn). When the view has no room, the free place nearest to it outside:
 * the caller brings that into view (see `panToShow`).
 *
 * @example
 * newStepSpot({ x: 0, y: 0, width: 800, height: 600 }, []); // { x: 270, y: 240 }
 */
export function newStepSpot(
  view: Area,
  nodes: readonly Placed[],
  size: Size = { width: WIDTH, height: HEIGHT },
  grid = 15,
): Point {
  const inView = freePlace(view, view, nodes, size, grid);
  if (inView) return inView;
  const margin = Math.max(view.width, view.height, size.width, size.height) * 2;
  const around = {
    x: view.x - margin,
    y: view.y - margin,
    width: view.width + 2 * margin,
    height: view.height + 2 * margin,
  };
  return freePlace(around, view, nodes, size, grid) ?? middle(view, size, grid);
}

/**
 * How far to move the view (in flow units, to add to its position) so that
 * `box` lies inside it, moving as little as it can: the steps in view stay
 * in view as far as they can. Zero when the box is already inside.
 *
 * @example
 * panToShow({ x: 0, y: 0, width: 500, height: 400 }, { x: 450, y: 0, width: 100, height: 50 });
 * // { dx: 50, dy: 0 }
 */
export function panToShow(view: Area, box: Area): { dx: number; dy: number } {
  const shift = (start: number, length: number, from: number, size: number) => {
    if (from < start) return from - start;
    if (from + size > start + length) return Math.min(from - start, from + size - start - length);
    return 0;
  };
  return {
    dx: shift(view.x, view.width, box.x, box.width),
    dy: shift(view.y, view.height, box.y, box.height),
  };
}

/** The free place for a box of `size` inside `area` nearest to the middle of `near`, or null. */
function freePlace(
  area: Area,
  near: Area,
  nodes: readonly Placed[],
  size: Size,
  grid: number,
): Point | null {
  const snapDown = (v: number) => Math.floor(v / grid) * grid;
  const snapUp = (v: number) => Math.ceil(v / grid) * grid;
  // The box must fit whole: its top-left corner stays within these bounds.
  const left = snapUp(area.x);
  const top = snapUp(area.y);
  const right = snapDown(area.x + area.width - size.width);
  const bottom = snapDown(area.y + area.height - size.height);
  const target = middle(near, size, grid);
  const candidates: Point[] = left <= right && top <= bottom ? [target] : [];
  // A few thousand places at most, however far out the view is zoomed.
  const step = Math.max(45, snapUp(Math.max(right - left, bottom - top) / 60));
  for (let y = top; y <= bottom; y += step) {
    for (let x = left; x <= right; x += step) candidates.push({ x, y });
  }
  const distance = (p: Point) => Math.hypot(p.x - target.x, p.y - target.y);
  return (
    candidates
      .filter((p) => contains(area, { ...p, ...size }))
      .sort((a, b) => distance(a) - distance(b))
      .find((p) => !overlaps({ ...p, ...size }, nodes)) ?? null
  );
}

/** Whether a box lies whole inside an area. */
function contains(area: Area, box: Area): boolean {
  return (
    box.x >= area.x &&
    box.y >= area.y &&
    box.x + box.width <= area.x + area.width &&
    box.y + box.height <= area.y + area.height
  );
}

/** The top-left corner that puts a box of `size` in the middle of `area`, on the grid. */
function middle(area: Area, size: Size, grid: number): Point {
  const snap = (v: number) => Math.floor(v / grid) * grid;
  return {
    x: snap(area.x + (area.width - size.width) / 2),
    y: snap(area.y + (area.height - size.height) / 2),
  };
}

/** Room kept around a new step, so it does not touch another and edges can pass between them. */
const GAP = 30;

function overlaps(box: Area, nodes: readonly Placed[]): boolean {
  return nodes.some((n) => {
    const w = n.measured?.width ?? WIDTH;
    const h = n.measured?.height ?? HEIGHT;
    return (
      box.x < n.position.x + w + GAP &&
      box.x + box.width + GAP > n.position.x &&
      box.y < n.position.y + h + GAP &&
      box.y + box.height + GAP > n.position.y
    );
  });
}

/** The MIME type a palette item carries while dragged onto the canvas. */
export const KIND_MIME = 'application/x-ringflow-kind';
