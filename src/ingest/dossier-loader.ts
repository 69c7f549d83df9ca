import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { DossierProblem } from './dossier-problem';

/** A dossier file as read from disk, before validation. */
export interface RawDossier {
  file: string;
  data: unknown;
  /**
   * The texts of its sources, by the `file` each source names, when the dossier did not come
   * from disk (a dossier sent to the API): its sources are then never looked for on disk.
   */
  texts?: ReadonlyMap<string, string>;
}

const DOSSIER_EXTENSIONS = new Set(['.yaml', '.yml', '.json']);

/** Expands folders into their dossier files (sorted, so ingest order is stable). */
export function listDossierFiles(inputs: string[]): string[] {
  return inputs.flatMap((input) => {
    if (!fs.existsSync(input)) return [input];
    if (!fs.statSync(input).isDirectory()) return [input];
    return fs
      .readdirSync(input)
      .filter((name) => DOSSIER_EXTENSIONS.has(path.extname(name)))
      .sort()
      .map((name) => path.join(input, name));
  });
}

/** Reads and parses each file; problems are collected, not thrown. */
export function readDossiers(files: string[]): {
  dossiers: RawDossier[];
  problems: DossierProblem[];
} {
  const dossiers: RawDossier[] = [];
  const problems: DossierProblem[] = [];
  for (const file of files) {
    let content: string;
    try {
      content = fs.readFileSync(file, 'utf8');
    } catch (error) {
      const reason =
        (error as NodeJS.ErrnoException).code === 'ENOENT'
          ? 'file not found'
          : (error as Error).message;
      problems.push({ file, path: '', message: `cannot read: ${reason.split('\n')[0]}` });
      continue;
    }
    const parsed = parseDossier(file, content, path.extname(file) === '.json');
    if ('problem' in parsed) problems.push(parsed.problem);
    else dossiers.push(parsed.dossier);
  }
  return { dossiers, problems };
}

/** One dossier's text, YAML (of which JSON is a part) unless `json`; duplicate keys refused. */
export function parseDossier(
  file: string,
  content: string,
  json = false,
): { dossier: RawDossier } | { problem: DossierProblem } {
  try {
    const data = json ? JSON.parse(content) : parseYaml(content, { uniqueKeys: true });
    return { dossier: { file, data } };
  } catch (error) {
    return {
      problem: {
        file,
        path: '',
        message: `cannot read: ${(error as Error).message.split('\n')[0]}`,
      },
    };
  }
}
