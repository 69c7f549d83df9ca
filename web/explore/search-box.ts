import { namesLike, search, type SearchHit } from './api';

// A search box with suggestions as you type, chosen by mouse or keyboard (arrows, Enter,
// Escape); a search that finds nothing says so, with names that begin like the query.

export interface Picked {
  id: string;
  name: string;
}

/** Names that begin like a query with no match: its first letters, fewer and fewer. */
async function nearest(query: string): Promise<Picked[]> {
  const letters = Array.from(query.trim());
  for (let length = Math.min(letters.length - 1, 5); length >= 2; length -= 1) {
    const found = await namesLike(letters.slice(0, length).join('')).catch(() => []);
    if (found.length > 0) return found.map((e) => ({ id: e.id, name: `${e.name} · ${e.kind}` }));
  }
  return [];
}

export function searchBox(input: HTMLInputElement, list: HTMLElement, pick: (hit: Picked) => void) {
  let timer: number | undefined;
  let asked = 0;
  let active = -1;
  list.setAttribute('role', 'listbox');
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');

  const items = () => [...list.querySelectorAll<HTMLLIElement>('li[data-id]')];
  const highlight = (index: number) => {
    const all = items();
    active = all.length === 0 ? -1 : (index + all.length) % all.length;
    all.forEach((item, i) => item.setAttribute('aria-selected', String(i === active)));
    if (active >= 0) input.setAttribute('aria-activedescendant', all[active].id);
  };
  const choose = (hit: Picked) => {
    list.replaceChildren();
    active = -1;
    input.value = hit.name;
    pick(hit);
  };
  const option = (hit: Picked, title: string, index: number) => {
    const item = document.createElement('li');
    item.id = `${list.id}-${index}`;
    item.setAttribute('role', 'option');
    item.dataset.id = hit.id;
    item.textContent = hit.name;
    item.title = title;
    item.addEventListener('click', () => choose(hit));
    return item;
  };
  const show = async (query: string, hits: SearchHit[], ticket: number) => {
    if (hits.length > 0) {
      list.replaceChildren(
        ...hits.map((hit, i) =>
          option(
            { id: hit.entity.id, name: `${hit.entity.name} · ${hit.entity.kind}` },
            `matched "${hit.matchedName.value}" (${hit.matchedName.lang})`,
            i,
          ),
        ),
      );
      highlight(0);
      return;
    }
    const near = await nearest(query);
    if (ticket !== asked) return;
    const none = document.createElement('li');
    none.className = 'no-match';
    none.textContent =
      near.length > 0 ? `No match for "${query}". Nearest names:` : `No match for "${query}".`;
    list.replaceChildren(none, ...near.map((hit, i) => option(hit, 'a name like it', i)));
    active = -1;
  };

  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    const query = input.value.trim();
    if (query === '') {
      list.replaceChildren();
      return;
    }
    timer = window.setTimeout(async () => {
      const ticket = ++asked;
      const hits = await search(query).catch(() => []);
      if (ticket === asked) await show(query, hits, ticket);
    }, 150);
  });
  input.addEventListener('keydown', (event) => {
    const all = items();
    if (event.key === 'ArrowDown' && all.length > 0) highlight(active + 1);
    else if (event.key === 'ArrowUp' && all.length > 0) highlight(active - 1);
    else if (event.key === 'Enter' && active >= 0) all[active].click();
    else if (event.key === 'Escape') list.replaceChildren();
    else return;
    event.preventDefault();
  });
}
