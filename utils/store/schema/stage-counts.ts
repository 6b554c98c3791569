import { stages, type Stage } from '@/utils/relationship/stages';
import type { ReadTransaction, WriteTransaction } from './database';
import type { StageCounts } from './records';

/** Every contact at a stage in the by-stage-updated index, whenever they were touched. */
export const stageRange = (stage: Stage) => IDBKeyRange.bound([stage, -Infinity], [stage, Infinity]);

export async function stageCountsIn(tx: ReadTransaction): Promise<StageCounts> {
  return (await tx.objectStore('counts').get('stages')) ?? {};
}

/** Contacts that left stage `from` (absent: they are new) for stage `to` (absent: they are gone), counted in one read and one write. */
export async function moveStageCounts(tx: WriteTransaction, moves: readonly { from?: Stage; to?: Stage }[]): Promise<void> {
  const moved = moves.filter(({ from, to }) => from !== to);
  if (moved.length === 0) return;
  const counts = await stageCountsIn(tx);
  for (const { from, to } of moved) {
    if (from) counts[from] = Math.max(0, (counts[from] ?? 0) - 1);
    if (to) counts[to] = (counts[to] ?? 0) + 1;
  }
  await tx.objectStore('counts').put(counts, 'stages');
}

/** Counts every stage afresh from the index. */
export async function countStages(tx: WriteTransaction): Promise<void> {
  const index = tx.objectStore('contacts').index('by-stage-updated');
  const totals = await Promise.all(stages.map((stage) => index.count(stageRange(stage))));
  const counts: StageCounts = Object.fromEntries(stages.map((stage, at) => [stage, totals[at]!]));
  await tx.objectStore('counts').put(counts, 'stages');
}
