import mammoth from 'mammoth';
import { AppError, normaliseText } from '@congdoan/domain';
import { defaultLimits } from '../../kit/spreadsheet/limits';
import { checkZip } from '../../kit/spreadsheet/zip-entries';
import type { ArticleInput } from './draft-laws';

/**
 * Chapters and articles from a draft law's text: "Chương I …" starts a chapter (its title may be on the
 * next line), "Điều 12. Tiêu đề" starts an article; the lines after belong to the article.
 */
export function parseArticles(text: string): ArticleInput[] {
  const lines = text
    .split(/\r?\n/)
    .map((l) => normaliseText(l))
    .filter(Boolean);
  const articles: ArticleInput[] = [];
  let chapter: string | null = null;
  let pendingChapter = false;
  for (const line of lines) {
    const ch = /^Chương\s+([IVXLC\d]+)\.?\s*(.*)$/i.exec(line);
    const art = /^Điều\s+(\d+)\s*[.:]?\s*(.*)$/i.exec(line);
    if (ch) {
      chapter = `Chương ${ch[1]}${ch[2] ? `. ${ch[2]}` : ''}`;
      pendingChapter = !ch[2];
    } else if (art) {
      pendingChapter = false;
      articles.push({ chapter, number: Number(art[1]), title: art[2] || `Điều ${art[1]}`, body: '' });
    } else if (pendingChapter && chapter) {
      chapter = `${chapter}. ${line}`;
      pendingChapter = false;
    } else if (articles.length) {
      const last = articles[articles.length - 1]!;
      last.body = last.body ? `${last.body}\n${line}` : line;
    }
  }
  return articles.map((a) => ({ ...a, title: a.title.slice(0, 500), body: a.body.slice(0, 20000) }));
}

// mammoth inflates the whole .docx in memory: a draft law's text and pictures are a few MB.
const docxLimits = { ...defaultLimits, maxUncompressedBytes: 32 * 2 ** 20 };

export async function articlesFromDocx(buffer: Buffer): Promise<ArticleInput[]> {
  await checkZip(buffer, docxLimits).catch((error: unknown) => {
    throw error instanceof AppError && error.code === 'IMPORT_ZIP_BOMB' ? new AppError('FILE_ZIP_BOMB') : error;
  });
  const { value } = await mammoth.extractRawText({ buffer });
  return parseArticles(value);
}
