// Figures the hostile suite records for docs/reliability.md: each test writes what it measured.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../helpers.ts';

export const FIGURES_DIR = join(REPO_ROOT, 'test-artifacts', 'hostile');

/** Whether the long run was asked for (`npm run test:hostile -- --long`). */
export const LONG = process.env.SITREP_HOSTILE_LONG === '1';

/** Record one class's figures under test-artifacts/hostile/<name>.json. */
export function recordFigures(name: string, figures: Record<string, unknown>): void {
  mkdirSync(FIGURES_DIR, { recursive: true });
  writeFileSync(join(FIGURES_DIR, `${name}.json`), `${JSON.stringify({ name, date: new Date().toISOString(), ...figures }, null, 2)}\n`);
}
