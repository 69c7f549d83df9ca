import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { SEED_DIR } from './database';

export const SEED_DOSSIER = path.join(SEED_DIR, '2026-02-04-trilateral-talks-round-2.yaml');

/** The seed dossier as a plain object, with its source path made absolute. */
// Tests change arbitrary fields to break a dossier on purpose, so the shape is left open.

export function loadSeedDossier(): Record<string, any> {
  const dossier = parse(fs.readFileSync(SEED_DOSSIER, 'utf8'));
  for (const source of dossier.sources) source.file = path.resolve(SEED_DIR, source.file);
  return dossier;
}

/** Writes a (changed) dossier to a fresh temporary folder and returns the file's path. */
export function writeDossier(dossier: unknown, name = 'fixture.json'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-dossier-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, JSON.stringify(dossier, null, 2));
  return file;
}
