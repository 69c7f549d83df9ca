import { DISPUTED_COLOUR, EDGE_COLOURS, graph, KIND_COLOURS } from './graph-model';

// The left-hand controls: filter checkboxes, the timeline strip and the legend.

export function fillChecks(
  container: HTMLElement,
  values: string[],
  hidden: Set<string>,
  changed: () => void,
  label: (value: string) => string = (value) => value,
) {
  container.replaceChildren(
    ...values.map((value) => {
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.checked = !hidden.has(value);
      box.dataset.value = value;
      box.addEventListener('change', () => {
        if (box.checked) hidden.delete(value);
        else hidden.add(value);
        changed();
      });
      const swatch = document.createElement('span');
      swatch.className = 'swatch';
      swatch.style.background = KIND_COLOURS[value] ?? 'transparent';
      const item = document.createElement('label');
      item.append(box, swatch, document.createTextNode(label(value)));
      return item;
    }),
  );
}

/** A strip with a tick per dated event or claim, over the years they span. */
export function drawTimeline(canvas: HTMLCanvasElement) {
  const context = canvas.getContext('2d');
  if (!context) return;
  canvas.width = canvas.clientWidth;
  context.clearRect(0, 0, canvas.width, canvas.height);
  const dated: Array<[number, number, string]> = [];
  graph.forEachNode((_id, a) => {
    if (!a.dateStart && !a.dateEnd) return;
    const start = Date.parse(a.dateStart ?? a.dateEnd!);
    const end = a.dateEnd ? Date.parse(a.dateEnd) : Date.now();
    dated.push([start, end, a.color]);
  });
  if (dated.length === 0) return;
  const min = Math.min(...dated.map((d) => d[0]));
  const max = Math.max(...dated.map((d) => d[1]), min + 86400000);
  const x = (t: number) => 4 + ((t - min) / (max - min)) * (canvas.width - 8);
  dated.forEach(([start, end, colour], i) => {
    context.fillStyle = colour;
    context.fillRect(x(start), 4 + (i % 4) * 6, Math.max(2, x(end) - x(start)), 4);
  });
  context.fillStyle = '#555';
  context.font = '10px sans-serif';
  context.fillText(new Date(min).toISOString().slice(0, 10), 4, canvas.height - 3);
  const last = new Date(max).toISOString().slice(0, 10);
  context.fillText(last, canvas.width - context.measureText(last).width - 4, canvas.height - 3);
}

export function drawLegend(container: HTMLElement) {
  const items = Object.entries(KIND_COLOURS)
    .filter(([kind]) => kind !== 'Source')
    .map(
      ([kind, colour]) =>
        `<li><span class="swatch" style="background:${colour}"></span>${kind}</li>`,
    )
    .concat(
      `<li><span class="swatch" style="background:${DISPUTED_COLOUR}"></span>Disputed: accounts or claims disagree</li>`,
    );
  const edges = [
    ['stated by the source', EDGE_COLOURS.STATED],
    ['inferred or external', EDGE_COLOURS.INFERRED],
    ['known only through a claim', EDGE_COLOURS.CLAIMED],
    ['path found', EDGE_COLOURS.PATH],
    ['position given opposite stances', DISPUTED_COLOUR],
  ].map(
    ([what, colour]) => `<li><span class="line" style="background:${colour}"></span>${what}</li>`,
  );
  container.innerHTML = `<ul>${items.join('')}</ul><ul>${edges.join('')}</ul><p>Node size: number of relationships. Edge width: independent sources.</p>`;
}
