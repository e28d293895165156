// Prints one closing line for the whole run: "N passed, N failed".
import fs from 'node:fs';

const [vitestFile, playwrightFile] = process.argv.slice(2);
const vitest = JSON.parse(fs.readFileSync(vitestFile, 'utf8'));
const playwright = JSON.parse(fs.readFileSync(playwrightFile, 'utf8'));

const passed = vitest.numPassedTests + (playwright.stats.expected ?? 0) + (playwright.stats.flaky ?? 0);
const failed = vitest.numFailedTests + (playwright.stats.unexpected ?? 0);
const skipped = vitest.numPendingTests + vitest.numTodoTests + (playwright.stats.skipped ?? 0);
console.log(`vitest: ${vitest.numPassedTests} passed; playwright: ${playwright.stats.expected} passed`);
console.log(skipped ? `${passed} passed, ${failed} failed, ${skipped} skipped` : `${passed} passed, ${failed} failed`);
if (failed > 0 || passed === 0) process.exitCode = 1;
