import { loadGazetteer } from '/work/ui/src/stages/places/gazetteer.ts';
const g = loadGazetteer();
const codes = new Map<string, number>();
for (let i = 0; i < g.size; i++) { const e = g.entry(i); if (e.kind === 'place') codes.set(e.featureCode, (codes.get(e.featureCode) ?? 0) + 1);
  if (/Mawşil al Jad|Başrah al Qad|Hawijah|Dibis/.test(e.name)) console.log(e.name, e.kind, e.featureCode, e.population); }
console.log([...codes].sort((a,b)=>b[1]-a[1]).slice(0,20));
