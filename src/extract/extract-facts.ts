/**
 * All fact extractors, run over one article. Each fact type has its own module in this folder.
 */
import type { Article } from '../ingest/article.ts';
import { buildArticleContext } from './article-context.ts';
import { type ArticleScope, articleScope } from './article-scope.ts';
import { extractAwards } from './awards.ts';
import { extractCampaigns } from './campaigns.ts';
import { extractClusters } from './clusters.ts';
import { extractDeadlines } from './deadlines.ts';
import { extractDocuments } from './documents.ts';
import type { Fact } from './fact.ts';
import { extractMeetings } from './meetings.ts';
import { extractPeople } from './people.ts';
import { extractQuantities } from './quantities.ts';
import { extractRoles } from './roles.ts';

const EXTRACTORS = [
  extractClusters,
  extractRoles,
  extractPeople,
  extractMeetings,
  extractQuantities,
  extractAwards,
  extractCampaigns,
  extractDocuments,
  extractDeadlines,
] as const;

export interface Extraction {
  facts: Fact[];
  scope: ArticleScope;
}

export function extractFacts(article: Article): Extraction {
  const ctx = buildArticleContext(article);
  const facts: Fact[] = [];
  for (const extract of EXTRACTORS) {
    const drafts = extract(ctx) as Array<Omit<Fact, 'id'>>;
    drafts.forEach((d, n) => {
      facts.push({ ...d, id: `${article.id}:${d.type}:${n}` } as Fact);
    });
  }
  return { facts, scope: articleScope(ctx) };
}

/** Counts facts by type, for ingest reports. */
export function countFacts(facts: readonly Fact[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of facts) out[f.type] = (out[f.type] ?? 0) + 1;
  return out;
}
