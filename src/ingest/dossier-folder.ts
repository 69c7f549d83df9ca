import fs from 'node:fs';
import path from 'node:path';
import { AppError, ErrorCode } from '../errors';
import { parseDossier } from './dossier-loader';
import { dossierYaml } from './dossier-yaml';
import { DOSSIER_ID_PATTERN } from './dossier.schema';

/** A dossier with its sources' texts, keyed by the `file` each source names. */
export interface DossierWithTexts {
  /** Its YAML text. */
  dossier: string;
  sources: Record<string, string>;
}

/** A dossier kept in the folder. */
export interface SavedDossier {
  dossier: string;
  savedAt: string;
  bytes: number;
}

const SOURCES = 'sources';

/** A dossier id from a request, or BAD_REQUEST. */
export const checkedDossierId = (dossier: string): string => {
  if (!DOSSIER_ID_PATTERN.test(dossier) || dossier.length > 200)
    throw new AppError(ErrorCode.BAD_REQUEST, `"${dossier}" is not a dossier id.`);
  return dossier;
};

/**
 * The server's dossier folder (PARLEY_DOSSIER_DIR): `<dossier>.yaml` in the stable form, and each
 * source's text in `sources/<source id's slug>.txt`, which the dossier's `file` names. A saved
 * dossier is a draft: it need not validate yet. Every name is made here from ids checked against
 * their patterns, never from a path a client sent.
 */
export class DossierFolder {
  constructor(readonly dir: string) {}

  list(): SavedDossier[] {
    if (!fs.existsSync(this.dir)) return [];
    return fs
      .readdirSync(this.dir)
      .filter((name) => name.endsWith('.yaml'))
      .sort()
      .map((name) => {
        const stat = fs.statSync(path.join(this.dir, name));
        return {
          dossier: name.slice(0, -'.yaml'.length),
          savedAt: stat.mtime.toISOString(),
          bytes: stat.size,
        };
      });
  }

  read(dossier: string): DossierWithTexts {
    const file = path.join(this.dir, `${checkedDossierId(dossier)}.yaml`);
    if (!fs.existsSync(file))
      throw new AppError(ErrorCode.NOT_FOUND, `No dossier ${dossier} is saved.`, { dossier });
    const text = fs.readFileSync(file, 'utf8');
    const parsed = parseDossier(file, text);
    const sources: Record<string, string> = {};
    if ('dossier' in parsed)
      for (const source of sourcesOf(parsed.dossier.data)) {
        const at = path.resolve(this.dir, source.file);
        if (path.dirname(at) === path.join(this.dir, SOURCES) && fs.existsSync(at))
          sources[source.file] = fs.readFileSync(at, 'utf8');
      }
    return { dossier: text, sources };
  }

  /**
   * Saves a dossier under its own id: each source's text to the sources folder (its `file`
   * rewritten to point there), then the dossier in the stable form, each written whole to a
   * new file and renamed into place.
   */
  save(dossier: string, sent: DossierWithTexts): { file: string; yaml: string } {
    const parsed = parseDossier('dossier', sent.dossier);
    if ('problem' in parsed)
      throw new AppError(
        ErrorCode.BAD_REQUEST,
        `The dossier cannot be read: ${parsed.problem.message}`,
      );
    const data = parsed.dossier.data as Record<string, unknown>;
    if (!data || typeof data !== 'object' || data.dossier !== checkedDossierId(dossier))
      throw new AppError(
        ErrorCode.BAD_REQUEST,
        `The dossier's own id ("dossier:" in it) must be ${dossier}, the id it is saved under.`,
      );
    fs.mkdirSync(path.join(this.dir, SOURCES), { recursive: true });
    for (const source of sourcesOf(data)) {
      const text = sent.sources[source.file];
      const slug = /^source:([a-z0-9][a-z0-9-]*)$/.exec(source.id)?.[1];
      if (text === undefined || !slug) continue;
      const name = `${SOURCES}/${slug}.txt`;
      writeWhole(path.join(this.dir, name), text);
      source.file = name;
    }
    const yaml = dossierYaml(data);
    const file = path.join(this.dir, `${dossier}.yaml`);
    writeWhole(file, yaml);
    return { file, yaml };
  }
}

/** The sources a parsed dossier names, as far as they have the shape (drafts may not). */
function sourcesOf(data: unknown): Array<{ id: string; file: string }> {
  const sources = (data as { sources?: unknown } | null)?.sources;
  if (!Array.isArray(sources)) return [];
  return sources.filter(
    (source): source is { id: string; file: string } =>
      typeof source?.id === 'string' && typeof source?.file === 'string',
  );
}

function writeWhole(file: string, text: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, text);
  fs.renameSync(temporary, file);
}
