import type Graph from 'graphology';
import type Sigma from 'sigma';
import {
  Box,
  LabelRequest,
  parallelOffset,
  placeLabels,
  Placed,
  textDirection,
} from './label-placement';

// The labels of the graph, drawn by the browser's own text engine on a 2D canvas over sigma's
// WebGL layers: Arabic and every other script come out shaped and in logical order, with the
// direction of their first strong letter (sigma's WebGL labels place one glyph after another, left
// to right, unjoined). Labels do not overlap one another, never run off the canvas, and the
// relationships between the same two nodes get their labels side by side.

const MAX_LABEL = 48;

/** A long label (a claim's statement) cut at a word, whole in the side panel. */
function shorten(text: string | null): string | null {
  if (text === null || text.length <= MAX_LABEL) return text;
  const cut = text.slice(0, MAX_LABEL);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), MAX_LABEL / 2))}…`;
}

export const LABEL_FONT = '12px system-ui, sans-serif';
const EDGE_FONT = '11px system-ui, sans-serif';
const LINE = 15;

export interface LabelSource {
  /** The text of a node's label in the chosen language, or null for none. */
  nodeText(node: string): string | null;
  edgeText(edge: string): string | null;
  /** Labels that are drawn whatever the density: the selection, a path. */
  forced(node: string): boolean;
}

/** One label as drawn, for the tests: its text, box (CSS pixels) and direction. */
export interface DrawnLabel {
  kind: 'node' | 'edge';
  key: string;
  text: string;
  direction: 'ltr' | 'rtl';
  box: Box;
}

export class LabelLayer {
  readonly canvas: HTMLCanvasElement;
  drawn: DrawnLabel[] = [];
  private readonly context: CanvasRenderingContext2D;

  constructor(
    private readonly renderer: Sigma,
    private readonly graph: Graph,
    private readonly source: LabelSource,
  ) {
    const container = renderer.getContainer();
    this.canvas = document.createElement('canvas');
    this.canvas.className = 'label-layer';
    this.canvas.setAttribute('aria-hidden', 'true');
    container.append(this.canvas);
    this.context = this.canvas.getContext('2d')!;
    renderer.on('afterRender', () => this.draw());
  }

  draw(): void {
    const { width, height } = this.renderer.getDimensions();
    const ratio = window.devicePixelRatio || 1;
    if (this.canvas.width !== Math.round(width * ratio)) this.canvas.width = width * ratio;
    if (this.canvas.height !== Math.round(height * ratio)) this.canvas.height = height * ratio;
    this.canvas.style.width = `${width}px`;
    this.canvas.style.height = `${height}px`;
    const context = this.context;
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, width, height);
    const area = { x: 0, y: 0, width, height };
    const nodes = this.nodeRequests(context);
    // Node discs are obstacles for edge labels; node labels go first, then edge labels fill in.
    const discs = this.discs;
    const placedNodes = placeLabels(nodes, area, discs);
    const placedEdges = placeLabels(
      this.edgeRequests(context),
      area,
      placedNodes.map((p) => p.box).concat(discs),
    );
    this.drawn = [
      ...placedNodes.map((p) => this.paint(p, 'node', LABEL_FONT, '#222')),
      ...placedEdges.map((p) => this.paint(p, 'edge', EDGE_FONT, '#555')),
    ];
  }

  /** The nodes' discs on screen, which no label may cover. */
  private discs: Box[] = [];

  private nodeRequests(context: CanvasRenderingContext2D) {
    const requests: LabelRequest<{ key: string; text: string }>[] = [];
    this.discs = [];
    context.font = LABEL_FONT;
    this.graph.forEachNode((key) => {
      const data = this.renderer.getNodeDisplayData(key);
      const text = shorten(this.source.nodeText(key));
      if (!data || data.visibility === 'hidden') return;
      const at = this.renderer.framedGraphToViewport(data);
      const radius = this.renderer.scaleSize(data.size);
      this.discs.push({
        x: at.x - radius,
        y: at.y - radius,
        width: 2 * radius,
        height: 2 * radius,
      });
      if (!text) return;
      const forced = this.source.forced(key);
      if (!forced && radius < 3) return;
      const w = Math.ceil(context.measureText(text).width) + 4;
      const gap = radius + 3;
      requests.push({
        item: { key, text },
        priority: data.size,
        forced,
        candidates: [
          { x: at.x + gap, y: at.y - LINE / 2, width: w, height: LINE },
          { x: at.x - gap - w, y: at.y - LINE / 2, width: w, height: LINE },
          { x: at.x - w / 2, y: at.y + gap, width: w, height: LINE },
          { x: at.x - w / 2, y: at.y - gap - LINE, width: w, height: LINE },
        ],
      });
    });
    return requests;
  }

  private edgeRequests(context: CanvasRenderingContext2D) {
    const requests: LabelRequest<{ key: string; text: string }>[] = [];
    const groups = new Map<string, string[]>();
    context.font = EDGE_FONT;
    this.graph.forEachEdge((key, _attributes, source, target) => {
      const pair = source < target ? `${source}\n${target}` : `${target}\n${source}`;
      const group = groups.get(pair);
      if (group) group.push(key);
      else groups.set(pair, [key]);
    });
    for (const [pair, keys] of groups) {
      const [a, b] = pair.split('\n').map((node) => this.renderer.getNodeDisplayData(node));
      if (!a || !b || a.visibility === 'hidden' || b.visibility === 'hidden') continue;
      const from = this.renderer.framedGraphToViewport(a);
      const to = this.renderer.framedGraphToViewport(b);
      const length = Math.hypot(to.x - from.x, to.y - from.y);
      const visible = keys.filter(
        (key) => this.renderer.getEdgeDisplayData(key)?.visibility !== 'hidden',
      );
      visible.forEach((key, index) => {
        const text = this.source.edgeText(key);
        if (!text) return;
        const w = Math.ceil(context.measureText(text).width) + 4;
        if (w > length * 0.8) return;
        // Side by side across the line, for relationships between the same two nodes.
        const shift = parallelOffset(index, visible.length) * LINE;
        const nx = length > 0 ? -(to.y - from.y) / length : 0;
        const ny = length > 0 ? (to.x - from.x) / length : 1;
        const cx = (from.x + to.x) / 2 + nx * shift;
        const cy = (from.y + to.y) / 2 + ny * shift;
        requests.push({
          item: { key, text },
          priority: length,
          forced: false,
          candidates: [{ x: cx - w / 2, y: cy - LINE / 2, width: w, height: LINE }],
        });
      });
    }
    return requests;
  }

  private paint(
    placed: Placed<{ key: string; text: string }>,
    kind: 'node' | 'edge',
    font: string,
    colour: string,
  ): DrawnLabel {
    const { item, box } = placed;
    const context = this.context;
    const direction = textDirection(item.text);
    context.font = font;
    context.direction = direction;
    context.textAlign = 'left';
    context.textBaseline = 'middle';
    context.lineJoin = 'round';
    context.lineWidth = 3;
    context.strokeStyle = 'rgba(255, 255, 255, 0.9)';
    const y = box.y + box.height / 2;
    context.strokeText(item.text, box.x + 2, y);
    context.fillStyle = colour;
    context.fillText(item.text, box.x + 2, y);
    return { kind, key: item.key, text: item.text, direction, box };
  }
}
