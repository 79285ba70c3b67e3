// Prints the README's settings table from the settings table in src/config/settings.ts.
import { SETTINGS } from '../src/config/settings.ts';

const lines = ['| setting | environment | default | meaning |', '|---|---|---|---|'];
for (const s of SETTINGS) lines.push(`| ${s.name} | \`${s.env}\` | ${s.default === '' ? '(empty)' : `\`${s.default}\``} | ${s.description} |`);
process.stdout.write(`${lines.join('\n')}\n`);
