import type { Article } from './article';
import type { Localized } from './names';
import { Random } from './random';

type Json = Record<string, unknown>;

/** How many outlets publish the corpus; a few carry most of it. */
const OUTLETS = 40;
/** The share of sources that are copies of the article before them (a wire story carried, a reprint). */
const COPY_SHARE = 0.25;
/** Outlets declared dependent in pairs (one owner), among the first ones. */
const DEPENDENT_PAIRS = 3;

const outletName = (n: number): Localized => ({
  en: `Courier ${n}`,
  ar: `الساعي ${n}`,
  ru: `Курьер ${n}`,
  uk: `Кур'єр ${n}`,
});

/**
 * Who publishes a generated corpus: each article has an outlet, some sources are copies of the
 * article before them in another outlet (a wire story carried or a reprint), and an analyst's
 * dossier declares a few outlets dependent and grades some. Drawn from a random stream of its
 * own, so that the articles are those of a corpus without it.
 */
export class Sourcing {
  private readonly random: Random;
  private readonly outletIds: string[];
  copies = 0;

  constructor(
    seed: number,
    private readonly corpusKey: string,
  ) {
    this.random = new Random(seed * 7919 + 13);
    this.outletIds = Array.from({ length: OUTLETS }, (_, i) => this.outletId(i));
  }

  private outletId(i: number): string {
    return `organization:${this.corpusKey}-outlet-${i + 1}`;
  }

  private outletEntity(id: string): Json {
    const n = this.outletIds.indexOf(id) + 1;
    return { id, kind: 'Organization', names: outletName(n) };
  }

  /** The outlet the next article is published by (the first ones publish most). */
  private drawOutlet(): string {
    const x = this.random.next();
    return this.outletIds[Math.floor(x * x * OUTLETS)];
  }

  /** An article as its outlet publishes it: the dossier's source names the outlet. */
  publish(article: Article): Article {
    return withOutlet(article, this.drawOutlet(), this);
  }

  /** Whether the next source is a copy of the last article. */
  copyNext(): boolean {
    return this.random.chance(COPY_SHARE);
  }

  /**
   * A copy of an article in another outlet: the same text under a new name, its dossier stating
   * the same, its source naming the original. It counts with it among independent sources.
   */
  copy(original: Article, index: number): Article {
    this.copies += 1;
    const name = `gen-${String(index).padStart(6, '0')}`;
    const originalSource = (original.dossier.sources as Json[])[0];
    const originalOutlet = originalSource.outlet as string;
    let outlet = this.drawOutlet();
    while (outlet === originalOutlet) outlet = this.drawOutlet();
    const copy: Article = {
      ...original,
      name,
      dossier: {
        ...structuredClone(original.dossier),
        dossier: name,
        sources: [
          {
            ...originalSource,
            id: `source:${this.corpusKey}-${name}`,
            file: `../sources/${name}.${original.lang}.txt`,
            copyOf: {
              source: originalSource.id,
              kind: this.random.chance(0.5) ? 'WIRE' : 'REPRINT',
            },
          },
        ],
      },
      // Its entities, events and claims are the original's: no new nodes but the source's.
      nodeIds: [],
    };
    return withOutlet(copy, outlet, this);
  }

  /** The analyst's dossier: dependent pairs among the first outlets, and grades for some. */
  assessments(): { name: string; text: string; dossier: Json; assessments: number } {
    const name = 'gen-analysts';
    const pairs = this.dependentPairs();
    const graded = this.outletIds.slice(0, 10);
    return {
      name,
      assessments: graded.length + pairs.length,
      text: 'Assessments of the outlets of the generated corpus.\n',
      dossier: {
        dossier: name,
        sources: [
          {
            id: `source:${this.corpusKey}-${name}`,
            file: `../sources/${name}.en.txt`,
            language: 'en',
            publishedOn: '2022-01-01',
            title: { en: 'Assessments of the outlets' },
          },
        ],
        entities: [...new Set([...pairs.flat(), ...graded])].map((id) => this.outletEntity(id)),
        assessments: {
          outlets: graded.map((outlet, i) => ({
            outlet,
            grade: 'ABCDEF'[i % 6],
            by: 'generated analyst',
          })),
          dependentOutlets: pairs.map((outlets) => ({
            outlets,
            note: 'one owner',
            by: 'generated analyst',
          })),
        },
      },
    };
  }

  /** Outlet groups as the analyst declares them, for a ground truth of independence. */
  dependentPairs(): string[][] {
    return Array.from({ length: DEPENDENT_PAIRS }, (_, i) => [
      this.outletIds[2 * i],
      this.outletIds[2 * i + 1],
    ]);
  }

  entityOf(id: string): Json {
    return this.outletEntity(id);
  }
}

function withOutlet(article: Article, outlet: string, sourcing: Sourcing): Article {
  const dossier = article.dossier;
  const [source] = dossier.sources as Json[];
  return {
    ...article,
    dossier: {
      ...dossier,
      sources: [{ ...source, outlet }],
      entities: [...(dossier.entities as Json[]), sourcing.entityOf(outlet)],
    },
  };
}
