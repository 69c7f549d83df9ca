import type { QueryExecutor } from '../../db/query-executor';

/** An analyst's assessment as stored (see the dossier's `assessments`). */
export interface AssessmentRecord {
  id: string;
  kind: 'RELIABILITY' | 'CREDIBILITY' | 'DEPENDENCE';
  grade: string | null;
  note: string | null;
  by: string;
  dossier: string;
  targets: string[];
}

/**
 * Assessments of outlets and claims. They are few (one per outlet or claim an analyst grades),
 * so the ids are looked for among all of them rather than through an index on a list.
 */
export class AssessmentsRepository {
  constructor(private readonly executor: QueryExecutor) {}

  /** For each id (in order), the assessments that grade it, by id. */
  async of(ids: readonly string[]): Promise<AssessmentRecord[][]> {
    const rows = await this.executor.read<{ assessment: AssessmentRecord }>(
      `MATCH (a:Assessment) WHERE any(t IN a.targets WHERE t IN $ids)
       RETURN a { .id, .kind, .grade, .note, .by, .dossier, .targets } AS assessment
       ORDER BY a.id`,
      { ids },
    );
    return ids.map((id) => rows.map((row) => row.assessment).filter((a) => a.targets.includes(id)));
  }
}
