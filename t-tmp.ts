import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { Engine } from './src/engine.ts';
import { explain } from './scripts/explain.ts';
const dir = mkdtempSync(join(tmpdir(), 'x-'));
const art = join(dir, 'a'); mkdirSync(art);
writeFileSync(join(art, 'thai-binh.txt'), `Thái Bình phân bổ đợt 2 hơn 20 tỷ đồng hỗ trợ khắc phục hậu quả bão số 3
Ngày 25/9/2024, Ban Vận động cứu trợ tỉnh Thái Bình ban hành quyết định phân bổ đợt 2 số tiền 20,5 tỷ đồng để hỗ trợ các địa phương khắc phục hậu quả bão số 3.
Cụ thể, thành phố Thái Bình được phân bổ 8 tỷ đồng; huyện Vũ Thư 4,5 tỷ đồng; huyện Kiến Xương 4 tỷ đồng; huyện Tiền Hải 4 tỷ đồng.`);
const e = await Engine.open({ dataDir: join(dir, 'd') });
await e.ingestPaths([art]);
explain(e, process.argv[2] ?? 'dot 2 thai binh phan bo cho vu thu bao nhieu tien khac phuc bao so 3', 8);
