import { stages, type Stage } from '@/utils/relationship/stages';
import { rebuildRows } from './contact-rows';
import type { ReadTransaction, WriteTransaction } from './database';
import type { StageCounts } from './records';

/** Every contact at a stage in the by-stage-updated index, whenever they were touched. */
export const stageRange = (stage: Stage) => IDBKeyRange.bound([stage, -Infinity], [stage, Infinity]);

export async function stageCountsIn(tx: ReadTransaction): Promise<StageCounts> {
  return (await tx.objectStore('counts').get('stages')) ?? {};
}

/** A contact left stage `from` (absent: it is new) for stage `to` (absent: it is gone). */
export async function moveStageCount(tx: WriteTransaction, from: Stage | undefined, to: Stage | undefined): Promise<void> {
  if (from === to) return;
  const counts = await stageCountsIn(tx);
  if (from) counts[from] = Math.max(0, (counts[from] ?? 0) - 1);
  if (to) counts[to] = (counts[to] ?? 0) + 1;
  await tx.objectStore('counts').put(counts, 'stages');
}

/** Counts every stage afresh from the index. */
export async function countStages(tx: WriteTransaction): Promise<void> {
  const index = tx.objectStore('contacts').index('by-stage-updated');
  const totals = await Promise.all(stages.map((stage) => index.count(stageRange(stage))));
  const counts: StageCounts = Object.fromEntries(stages.map((stage, at) => [stage, totals[at]!]));
  await tx.objectStore('counts').put(counts, 'stages');
}

/**
 * Counts every stage afresh and writes the list rows afresh: after an import, which writes
 * thousands of contacts at once, past writeContact.
 */
export async function recountStages(tx: WriteTransaction): Promise<void> {
  await Promise.all([countStages(tx), rebuildRows(tx)]);
}
