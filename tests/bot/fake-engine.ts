/**
 * A small fake of the engine for bot tests. Answers by keyword, records every call.
 */
import type { Citation } from '../../src/answer/types.ts';
import type { BotEngine } from '../../src/bot/engine.ts';
import { countArchive, findArticles, findClusters } from '../../src/catalog.ts';
import type {
  ArchiveCounts,
  ArticleSummary,
  AskResult,
  ClusterSummary,
  ConversationContext,
  EngineStats,
  IngestReport,
  NewDocument,
} from '../../src/engine.ts';
import { foldForTest } from './fold.ts';

export const CITATION_2024: Citation = {
  articleId: 'trung-du-2024',
  title: 'Tổng kết Cụm thi đua các tỉnh trung du và miền núi phía Bắc năm 2023',
  publisher: 'Báo Đại Đoàn Kết',
  date: '2023-12-01',
  url: 'https://example.org/tong-ket-cum?a=1&b=2',
  quote: 'Hội nghị đã bầu tỉnh Lào Cai làm Cụm trưởng, tỉnh Bắc Kạn làm Cụm phó năm 2024.',
  sentenceIndex: 12,
};

export const CITATION_2023: Citation = {
  articleId: 'trung-du-2023',
  title: 'Cụm thi đua năm 2023',
  publisher: 'Mặt trận',
  date: '2023-01-15',
  quote: 'Năm 2023, tỉnh Phú Thọ làm Cụm trưởng.',
  sentenceIndex: 3,
};

const HOSTILE_CITATION: Citation = {
  articleId: 'x<y>',
  title: 'Tiêu đề <script>alert(1)</script>',
  publisher: 'A & B "News"',
  date: '2024-02-03',
  url: 'javascript:alert(1)',
  quote: 'Trích <i>dẫn</i> & "nháy"',
  sentenceIndex: 0,
};

function result(partial: Partial<AskResult> & Pick<AskResult, 'items'>, previous?: unknown): AskResult {
  const found = partial.items.length > 0;
  return {
    found,
    kind: found ? 'fact' : 'none',
    lang: 'vi',
    text: partial.items.map((i) => i.text).join('\n'),
    citations: [...new Set(partial.items.map((i) => i.citation))],
    context: { previous },
    ...partial,
  };
}

export class FakeEngine implements BotEngine {
  readonly asks: Array<{ question: string; context?: ConversationContext }> = [];
  readonly ingested: NewDocument[] = [];
  readonly removed: string[] = [];
  articles: ArticleSummary[] = [
    {
      id: 'trung-du-2024',
      title: 'Tổng kết Cụm thi đua <trung du>',
      publisher: 'Báo Đại Đoàn Kết',
      date: '2023-12-01',
      url: 'https://example.org/a',
      sentences: 40,
      facts: 7,
    },
    { id: 'nam-song-hau', title: 'Giao ban Cụm Nam Sông Hậu', sentences: 20, facts: 3 },
  ];
  throwOnAsk = false;

  ask(question: string, context?: ConversationContext): AskResult {
    this.asks.push({ question, ...(context ? { context } : {}) });
    if (this.throwOnAsk) throw new Error('engine exploded');
    const q = foldForTest(question);
    if (q.includes('<') || q.includes('&')) {
      return result({ items: [{ text: `Bạn hỏi: ${question}`, citation: HOSTILE_CITATION }] });
    }
    if (q.includes('con nam 2023') && context?.previous === 'leader') {
      return result(
        {
          items: [{ text: 'Phú Thọ — Cụm trưởng năm 2023', citation: CITATION_2023 }],
          understood: 'Cụm trưởng · năm 2023',
        },
        'leader',
      );
    }
    if (q.includes('cum truong') || q.includes('who led')) {
      const lang = q.includes('who led') ? 'en' : 'vi';
      return result(
        {
          lang,
          items: [
            {
              text: 'Lào Cai — Cụm trưởng Cụm thi đua trung du và miền núi phía Bắc năm 2024',
              citation: CITATION_2024,
            },
            { text: 'Bắc Kạn — Cụm phó năm 2024', citation: { ...CITATION_2024, sentenceIndex: 13 } },
          ],
        },
        'leader',
      );
    }
    if (q.includes('nam song hau')) {
      const provinces = ['Bạc Liêu', 'Cà Mau', 'An Giang', 'Hậu Giang', 'Kiên Giang', 'Sóc Trăng'];
      return result({ items: provinces.map((p) => ({ text: p, citation: CITATION_2023 })) }, 'members');
    }
    if (q.includes('dai qua')) {
      const long = 'Nội dung rất dài về công tác Mặt trận & thi đua. '.repeat(4);
      return result({
        items: Array.from({ length: 30 }, (_, i) => ({
          text: `${i + 1}) ${long}`,
          citation: { ...CITATION_2024, sentenceIndex: i },
        })),
      });
    }
    if (q.includes('doan gan')) {
      return result({ kind: 'passage', items: [{ text: CITATION_2024.quote, citation: CITATION_2024 }] });
    }
    return result({ items: [] });
  }

  async ingestDocument(doc: NewDocument): Promise<IngestReport> {
    this.ingested.push(doc);
    const title = doc.meta?.title ?? doc.text.split('\n')[0]!.slice(0, 80);
    const id = doc.id ?? `bai-${this.ingested.length}`;
    const sentences = doc.text.split(/[.!?]\s/).length;
    this.articles = [...this.articles.filter((a) => a.id !== id), { id, title, sentences, facts: 3 }];
    return { id, title, status: 'added', sentences, facts: { cluster: 1, role: 2, quantity: 0 } };
  }

  async remove(id: string): Promise<boolean> {
    const exists = this.articles.some((a) => a.id === id);
    if (exists) {
      this.removed.push(id);
      this.articles = this.articles.filter((a) => a.id !== id);
    }
    return exists;
  }

  listArticles(): ArticleSummary[] {
    return this.articles;
  }

  listClusters(): ClusterSummary[] {
    return [
      {
        name: 'Cụm thi đua các tỉnh trung du và miền núi phía Bắc',
        key: 'trung du nui phia bac',
        members: ['Lào Cai', 'Bắc Kạn', 'Phú Thọ'],
        roles: [
          { year: 2024, role: 'leader', holder: 'Lào Cai', articleId: 'trung-du-2024' },
          { year: 2024, role: 'deputy', holder: 'Bắc Kạn', articleId: 'trung-du-2024' },
          { year: 2023, role: 'leader', holder: 'Phú Thọ', articleId: 'trung-du-2023' },
        ],
        articleIds: ['trung-du-2024'],
      },
    ];
  }

  findArticles(query = ''): ArticleSummary[] {
    return findArticles(this.listArticles(), query);
  }

  findClusters(query = ''): ClusterSummary[] {
    return findClusters(this.listClusters(), query);
  }

  archiveCounts(): ArchiveCounts {
    return countArchive(this.listArticles());
  }

  stats(): EngineStats {
    return { articles: this.articles.length, sentences: 60, facts: 10, indexBytes: 20480 };
  }
}
