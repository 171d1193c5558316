import { hash } from '../lib/signals/model/features';

/** The cross-validation fold of a group (an email, or a written sentence): by hash, so an email never spans two folds. */
export function foldOf(group: string, folds = 5): number {
  return hash(`fold:${group}`) % folds;
}
