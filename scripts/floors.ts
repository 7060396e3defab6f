// npm run floors [-- ../shared]: today's F1 per gold set and field, and the floors they would give (see src/eval/floors.ts).
import { floorOf, measureFigures } from '../src/eval/floors.ts';

const shared = process.argv[2] ?? '../shared';
const figures = measureFigures(process.cwd(), shared, new Date());
const floors = Object.fromEntries(
  Object.entries(figures).map(([name, f]) => [
    name,
    Object.fromEntries(Object.entries(f).map(([field, v]) => [field, floorOf(v ?? 0)])),
  ]),
);
console.log(JSON.stringify({ figures, floors }, null, 2));
