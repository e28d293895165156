import path from 'node:path';
import { E2E_CONTENT_DIR, writeFixtureContent } from './fixture-content';

writeFixtureContent(path.resolve(E2E_CONTENT_DIR));
console.log(`e2e content written to ${E2E_CONTENT_DIR}`);
