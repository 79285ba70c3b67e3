// `npm run build:gazetteer` (also run by `prepare` on npm ci/install): writes build/gazetteer/gazetteer.json.
import { writeGazetteerFile } from '../src/stages/places/gazetteer.ts';

const started = performance.now();
const file = writeGazetteerFile();
process.stdout.write(`gazetteer: ${file.rows} rows, ${(file.bytes / 1e6).toFixed(1)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s → ${file.path}\n`);
