/**
 * Developer tool: how the reader understands and answers a question — the analysis (expected answer,
 * constraints, focus words), the best sentences retrieved, the top candidates with every feature and
 * constraint verdict, the decision and the answer.
 *   npx tsx scripts/explain.ts [--data-dir DIR] [--top N] "question" ["question" …]
 */
import { parseArgs } from 'node:util';
import { DEFAULT_DATA_DIR } from '../src/cli/paths.ts';
import { Engine } from '../src/engine.ts';

const fix = (n: number) => n.toFixed(2);

/** Prints every step of the reader on one question. */
export function explain(engine: Engine, raw: string, top = 12): void {
  console.log(`\n${raw}`);
  for (const r of engine.explain(raw)) {
    const part = r.question;
    const a = r.analysis;
    console.log(
      `  expects ${part.expected}${part.level ? `/${part.level}` : ''}${part.several ? ' (several)' : ''}; ` +
        `constraints: ${a.constraints.map((c) => `${c.kind}=${c.label}`).join(', ') || '—'}; focus: ${a.focus.join(' ') || '—'}`,
    );
    if (part.counted || part.quantityKind)
      console.log(
        `  counts: ${part.counted ?? '—'} (${part.quantityKind ?? '—'})${part.perUnit ? ' per unit' : ''}`,
      );
    console.log(
      `  in scope: ${r.retrieval.inScope ? `${r.retrieval.inScope.size} articles` : 'every article'}; search: ${r.retrieval.rel.terms.join(' ')}`,
    );
    for (const v of r.retrieval.views.slice(0, 5))
      console.log(
        `    ${fix(r.retrieval.rel.of(v.articleId, v.index))} ${v.articleId}#${v.index} ${v.sentence.text.slice(0, 150)}`,
      );
    console.log(`  candidates: ${r.scored.length} (${r.scored.filter((s) => s.dropped).length} dropped)`);
    for (const s of r.scored.slice(0, top)) {
      const f = s.features;
      const feats = `type ${fix(f.type)} ret ${fix(f.retrieval)} focus ${fix(f.focus)} cons ${fix(f.constraints)} unv ${f.unverified} fit ${fix(f.fit)} prior ${fix(f.prior)} agr ${fix(f.agreement)} con ${fix(f.contrast)}`;
      const verdicts = s.verdicts.map((v) => `${v.constraint.kind}:${v.verdict}`).join(' ');
      console.log(
        `    ${s.dropped ? `  ✗ ${s.dropped}` : fix(s.score)} [${s.candidate.origin}] ${s.candidate.text.slice(0, 70)} — ${s.candidate.articleId}#${s.candidate.sentenceIndex}\n        ${feats}  ${verdicts}`,
      );
    }
    const dropped = new Map<string, number>();
    for (const s of r.scored) if (s.dropped) dropped.set(s.dropped, (dropped.get(s.dropped) ?? 0) + 1);
    if (dropped.size) console.log(`  dropped: ${[...dropped].map(([k, n]) => `${k} ×${n}`).join(', ')}`);
    console.log(`  decision: ${r.decision.reason}`);
  }
  const answer = engine.ask(raw);
  console.log(
    `  → ${answer.found ? 'FOUND' : 'not found'} (${answer.kind}) ${answer.text.replace(/\n/g, ' | ')}`,
  );
}

if (process.argv[1] === import.meta.filename) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { 'data-dir': { type: 'string' }, top: { type: 'string', default: '12' } },
  });
  const engine = await Engine.open({ dataDir: values['data-dir'] ?? DEFAULT_DATA_DIR });
  for (const raw of positionals) explain(engine, raw, Number(values.top));
}
