import { RELIABILITY_GRADES } from './vocabulary';

/**
 * Outlets' reliability grades (the Admiralty code: A completely reliable to E unreliable, F
 * cannot be judged) as a filter reads them. Pure: the explorer filters by them, and the tests
 * check them without a browser.
 */

export type ReliabilityGrade = (typeof RELIABILITY_GRADES)[number];

/** The grades a minimum may be: F says nothing of reliability, so it is no minimum. */
export const MINIMUM_GRADES = RELIABILITY_GRADES.filter((g) => g !== 'F');

const rank = (grade: string) => (MINIMUM_GRADES as readonly string[]).indexOf(grade);

/**
 * The grade an outlet counts as, from every analyst's grade of it: the most cautious of those
 * that judge it (A to E). None when no analyst graded it, or all said it cannot be judged (F).
 */
export function outletGrade(grades: ReadonlyArray<string | null>): ReliabilityGrade | null {
  const judged = grades.filter((g): g is string => g !== null && rank(g) >= 0);
  if (judged.length === 0) return null;
  return judged.reduce((worst, g) => (rank(g) > rank(worst) ? g : worst)) as ReliabilityGrade;
}

/** Whether a grade is at least the minimum (no minimum: any, graded or not). */
export function meetsGrade(grade: string | null, minimum: string | null): boolean {
  if (minimum === null) return true;
  if (grade === null || rank(grade) < 0) return false;
  return rank(grade) <= rank(minimum);
}
