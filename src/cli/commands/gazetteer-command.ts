// `sitrep gazetteer import FILE`: add a GeoNames dump (country file or allCountries, plain or zipped) to the local gazetteer.
import { existsSync } from 'node:fs';
import { SitrepError, usageError } from '../../errors/catalogue.ts';
import { importGeoNames } from '../../stages/places/gazetteer-import.ts';
import { writeGazetteerFile } from '../../stages/places/gazetteer.ts';
import { stringOption, type Command } from '../command.ts';

export const gazetteerCommand: Command = {
  name: 'gazetteer',
  summary: 'Import a GeoNames dump (country file or allCountries, .txt or .zip) into the local gazetteer',
  usage: 'sitrep gazetteer import FILE [--countries IQ,SY]   (keeps populated places, admin areas, camps, markets, rivers, mountains…; rebuilds the gazetteer)',
  options: { countries: { type: 'string' } },
  allowPositionals: true,
  async run(args, io) {
    const [action, file, ...extra] = args.positionals;
    if (action !== 'import' || !file || extra.length) throw usageError('usage: sitrep gazetteer import FILE [--countries IQ,SY]');
    if (!existsSync(file)) throw usageError(`no such file: ${file}`);
    const countries = stringOption(args, 'countries')?.split(',').map((c) => c.trim()).filter(Boolean);
    if (countries?.some((c) => !/^[A-Za-z]{2}$/.test(c))) throw usageError('--countries takes ISO codes: --countries IQ,SY');
    let imported;
    try {
      imported = await importGeoNames(file, { countries });
    } catch (error) {
      throw new SitrepError('usage', `cannot import ${file}: ${(error as Error).message}`, { cause: error });
    }
    io.stdout(`imported ${imported.kept} of ${imported.read} rows from ${file} → ${imported.file}\n`);
    const built = writeGazetteerFile();
    io.stdout(`gazetteer rebuilt: ${built.rows} rows → ${built.path}\n`);
    return 0;
  },
};
