import { AppError, ErrorCode } from '../errors';

/** One thing wrong with an input: the file, where inside it, and what. */
export interface DossierProblem {
  file: string;
  path: string;
  message: string;
}

export function formatProblem(problem: DossierProblem): string {
  return `${problem.file}: ${problem.path || '(root)'}: ${problem.message}`;
}

/** Raised with every problem found, so an author can fix a dossier in one pass. */
export class InvalidDossierError extends AppError {
  constructor(readonly problems: DossierProblem[]) {
    super(
      ErrorCode.INVALID_DOSSIER,
      `${problems.length} problem(s) in the input; nothing was written:\n` +
        problems.map(formatProblem).join('\n'),
      { problems },
    );
  }
}
