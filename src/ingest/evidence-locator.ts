import fs from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, parseDocument, visit, YAMLMap } from 'yaml';
import { CodePointText } from '../model/code-point-text';

export interface LocateResult {
  filled: number;
  problems: string[];
  yaml: string;
}

/**
 * Fills in `start` and `end` of every evidence span from its quote, for dossier authors. A quote
 * found more than once takes the occurrence nearest the `start` already written, if any; with no
 * hint it is reported as ambiguous. Comments and layout of the YAML are kept.
 */
export function locateEvidence(dossierFile: string): LocateResult {
  const doc = parseDocument(fs.readFileSync(dossierFile, 'utf8'));
  if (doc.errors.length > 0) {
    return {
      filled: 0,
      problems: doc.errors.map((e) => `YAML: ${e.message.split('\n')[0]}`),
      yaml: '',
    };
  }
  const sources = new Map<string, CodePointText>();
  const sourceList = doc.get('sources') as YAMLMap[] | undefined;
  const items = (sourceList as unknown as { items?: YAMLMap[] })?.items ?? [];
  for (const source of items) {
    const file = path.resolve(path.dirname(dossierFile), String(source.get('file')));
    sources.set(String(source.get('id')), new CodePointText(fs.readFileSync(file, 'utf8')));
  }
  const only = sources.size === 1 ? [...sources.values()][0] : undefined;
  const problems: string[] = [];
  let filled = 0;
  visit(doc, {
    Map(_key, node) {
      if (!isMap(node) || !node.has('quote') || !isScalar(node.get('quote', true))) return;
      const quote = String(node.get('quote')).normalize('NFC');
      const sourceId = node.get('source');
      const text = sourceId ? sources.get(String(sourceId)) : only;
      if (!text) return void problems.push(`"${quote}": name its source`);
      const found = text.find(quote);
      if (found.length === 0) return void problems.push(`"${quote}": not in the source`);
      const hint = node.get('start');
      if (found.length > 1 && typeof hint !== 'number') {
        return void problems.push(
          `"${quote}": found ${found.length} times; write an approximate start`,
        );
      }
      const best = found.reduce((a, b) =>
        Math.abs(b.start - Number(hint ?? 0)) < Math.abs(a.start - Number(hint ?? 0)) ? b : a,
      );
      if (node.get('start') !== best.start || node.get('end') !== best.end) {
        node.set('start', best.start);
        node.set('end', best.end);
        filled += 1;
      }
    },
  });
  return { filled, problems, yaml: doc.toString({ lineWidth: 0 }) };
}
