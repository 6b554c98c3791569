/**
 * npm run bench: how fast and small the extension is, against the budgets (issue 9).
 * Prints one table (medians of repeated runs) and writes bench/results.json.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleSizes } from '../bench/bundle-sizes';
import { formatTable, overBudget, type Figure } from '../bench/figures';
import { root } from '../tests/e2e/harness';

execFileSync(join(root, 'node_modules/.bin/wxt'), ['build'], { cwd: root, stdio: 'ignore' });

const figures: Figure[] = [...bundleSizes(join(root, '.output/chrome-mv3'))];

console.log(formatTable(figures));
const missed = figures.filter(overBudget);
console.log(missed.length ? `\n${missed.length} figure(s) over budget.` : '\nEvery figure is within budget.');
writeFileSync(
  join(root, 'bench/results.json'),
  `${JSON.stringify({ measuredAt: new Date().toISOString(), node: process.version, figures }, null, 2)}\n`,
);
