/**
 * Developer tool: shows how the engine parses a question and what it answers.
 *   npx tsx scripts/explain.ts --data-dir DIR "question"
 */
import { parseArgs } from 'node:util';
import { DEFAULT_DATA_DIR } from '../src/cli/paths.ts';
import { Engine } from '../src/engine.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'data-dir': { type: 'string' } },
});
const engine = await Engine.open({ dataDir: values['data-dir'] ?? DEFAULT_DATA_DIR });
for (const q of positionals) {
  const { raw, keywords, parts, ...slots } = engine.parse(q);
  console.log(q, '\n  slots:', JSON.stringify(slots), '\n  keywords:', keywords.join(' '));
  for (const p of parts) console.log('  part:', p.intent, p.counted, p.perUnit, p.keywords.join(' '));
  const a = engine.ask(q);
  console.log('  →', a.found, a.kind, a.text.replace(/\n/g, ' | '));
}
