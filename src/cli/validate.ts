/**
 * The `validate` command's check of one file: the contract's errors and warnings, plus what only a
 * file on disk can show (an encoding other than UTF-8, text that would end an inline JSON block).
 */
import { formatProblem } from '../contract/problem-text.js';
import type { Problem } from '../contract/schema.js';
import { checkDocument, detectKind } from '../contract/validate.js';
import { readJsonFile, siteAddressOf } from './read-json.js';

export interface FileReport {
  errors: string[];
  warnings: string[];
}

const isWarning = (problem: Problem) => (problem as { severity?: string }).severity === 'warning';

/** Paths of the strings that would end a `<script type="application/json">` block if pasted raw. */
export function inlineHazards(value: unknown, path = ''): string[] {
  if (typeof value === 'string') return /<\/script|<!--/i.test(value) ? [path || '(document)'] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => inlineHazards(item, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => inlineHazards(item, path ? `${path}.${key}` : key));
  }
  return [];
}

export async function validateFile(file: string): Promise<FileReport> {
  const read = await readJsonFile(file);
  if (!read.ok) return { errors: [`${file}: (document): ${read.reason}`], warnings: [] };
  const warnings: string[] = [];
  if (read.encoding.encoding !== 'UTF-8') {
    warnings.push(
      `${file}: (document): 文件编码为 ${read.encoding.encoding}，不是 UTF-8；浏览器会按 ${read.encoding.encoding} 读取并提示 / encoded as ${read.encoding.encoding}, not UTF-8`,
    );
  }
  const kind = detectKind(read.value);
  if (!kind) {
    return {
      errors: [`${file}: (document): 无法判断文档类型 / not a Site, Feed or Article document (no organization, items or title field)`],
      warnings,
    };
  }
  const result = checkDocument(kind, read.value, siteAddressOf(file));
  const problems = result.ok ? ((result as { problems?: Problem[] }).problems ?? []) : result.problems;
  for (const path of inlineHazards(read.value)) {
    warnings.push(
      `${file}: ${path}: 含有 </script 或 <!--，直接写进 <script type="application/json"> 会提前结束它；请用 qiaolian-widgets inline 生成 / would end an inline JSON block: use the inline command`,
    );
  }
  return {
    errors: problems.filter((problem) => !isWarning(problem)).map((problem) => `${file}: ${formatProblem(problem)}`),
    warnings: [...warnings, ...problems.filter(isWarning).map((problem) => `${file}: ${formatProblem(problem)}`)],
  };
}
