import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { DossierProblem } from './dossier-problem';

/** A dossier file as read from disk, before validation. */
export interface RawDossier {
  file: string;
  data: unknown;
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
    try {
      const content = fs.readFileSync(file, 'utf8');
      const data =
        path.extname(file) === '.json'
          ? JSON.parse(content)
          : parseYaml(content, { uniqueKeys: true });
      dossiers.push({ file, data });
    } catch (error) {
      const reason =
        (error as NodeJS.ErrnoException).code === 'ENOENT'
          ? 'file not found'
          : (error as Error).message;
      problems.push({ file, path: '', message: `cannot read: ${reason.split('\n')[0]}` });
    }
  }
  return { dossiers, problems };
}
