import type { DossierProblem } from '../../ingest/dossier-problem';
import { InvalidDossierError } from '../../ingest/dossier-problem';

/**
 * Problems of an import, each at the id of the annotation it is in. An import with any problem
 * is refused whole: nothing of it becomes a draft.
 */
export class ImportProblems {
  readonly list: DossierProblem[] = [];

  constructor(private readonly file: string) {}

  add(annotation: string, message: string): void {
    this.list.push({ file: this.file, path: annotation, message });
  }

  /** Throws INVALID_DOSSIER with every problem, if there is any. */
  throwIfAny(): void {
    if (this.list.length > 0) throw new InvalidDossierError(this.list);
  }
}
