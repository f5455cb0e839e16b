/// <reference types="node" />
/**
 * The package's command: `qiaolian-widgets validate FILE...` checks data files against the contract
 * before a webmaster uploads them. One line per problem, `FILE: PATH: message`; exit 0 when every file
 * is valid, 1 otherwise, 2 on wrong usage.
 */
import { readFile } from 'node:fs/promises';
import { formatProblem } from '../contract/problem-text.js';
import { checkDocument, detectKind } from '../contract/validate.js';

const USAGE = `Usage: qiaolian-widgets validate FILE...

Checks Site, Feed and Article JSON files against the qiaolian-widgets data contract (version 1).
The kind of each file is told from its fields: items → Feed, organization → Site, title → Article.`;

/** Relative URLs in a file are checked as if the file were served from a web site. */
const SITE_BASE = 'https://site.invalid/';

async function validateFile(file: string): Promise<string[]> {
  let value: unknown;
  try {
    value = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? '文件不存在 / file not found' : `不是有效的 JSON / not valid JSON (${(error as Error).message})`;
    return [`${file}: (document): ${reason}`];
  }
  const kind = detectKind(value);
  if (!kind) {
    return [`${file}: (document): 无法判断文档类型 / not a Site, Feed or Article document (no organization, items or title field)`];
  }
  const result = checkDocument(kind, value, new URL(file.replace(/\\/g, '/').replace(/^\/+/, ''), SITE_BASE).href);
  return result.ok ? [] : result.problems.map((problem) => `${file}: ${formatProblem(problem)}`);
}

async function main(args: string[]): Promise<number> {
  const [command, ...files] = args;
  if (command !== 'validate' || files.length === 0 || files.includes('--help')) {
    console.error(USAGE);
    return command === '--help' || files.includes('--help') ? 0 : 2;
  }
  let failed = 0;
  for (const file of files) {
    const lines = await validateFile(file);
    if (lines.length) failed++;
    for (const line of lines) console.log(line);
  }
  console.error(failed ? `${failed} of ${files.length} file(s) invalid.` : `${files.length} file(s) valid.`);
  return failed ? 1 : 0;
}

main(process.argv.slice(2)).then((code) => process.exit(code));
