/// <reference types="node" />
/**
 * The package's command, for webmasters preparing data files:
 *   qiaolian-widgets validate [--strict] FILE...   checks files against the contract
 *   qiaolian-widgets inline FILE                   prints a file as an inline JSON block
 *   qiaolian-widgets aggregate --out DIR SRC...    merges many feeds into one, for a portal
 *   qiaolian-widgets render PAGE... --out DIR      writes pages that read without JavaScript
 * Exit status: 0 when all is well, 1 when a file has errors (or, with --strict, warnings), 2 on wrong usage.
 */
import { aggregate, AGGREGATE_USAGE } from './aggregate.js';
import { inlineBlock } from './inline.js';
import { render, RENDER_USAGE } from './render.js';
import { readJsonFile } from './read-json.js';
import { validateFile } from './validate.js';

const USAGE = `Usage: qiaolian-widgets validate [--strict] FILE...
       qiaolian-widgets inline FILE
       qiaolian-widgets aggregate --out DIR [--page-size N] [--timeout MS] [--concurrency N]
                 [--max-pages N] [--cache DIR] [--list FILE] [--site-name NAME] [--site-url URL]
                 [--channel-id ID] [--channel-name NAME] SRC...
       qiaolian-widgets render PAGE.html... --out DIR [--root DIR] [--each GLOB] [--base-url URL] [--drop-in FILE]

validate  Checks Site, Feed and Article JSON files against the qiaolian-widgets data contract
          (version 1). The kind of each file is told from its fields: items → Feed,
          organization → Site, title → Article. One line per problem: FILE: PATH: message.
          Errors make the file unusable; warnings name parts the elements leave out.
          Exit 1 when a file has errors; with --strict, warnings fail too.
inline    Prints FILE as a <script type="application/json"> block to paste inside an element,
          escaped so that no text in it can end the block early.
${AGGREGATE_USAGE}
${RENDER_USAGE}`;

async function validate(args: string[]): Promise<number> {
  const strict = args.includes('--strict');
  const files = args.filter((arg) => arg !== '--strict');
  if (!files.length || files.some((file) => file.startsWith('--'))) return usage();
  let errors = 0;
  let warnings = 0;
  for (const file of files) {
    const report = await validateFile(file);
    if (report.errors.length) errors++;
    else if (report.warnings.length) warnings++;
    for (const line of [...report.errors, ...report.warnings]) console.log(line);
  }
  const summary = [
    errors && `${errors} of ${files.length} file(s) invalid`,
    warnings && `${warnings} file(s) with warnings${strict ? ' (failing: --strict)' : ''}`,
  ].filter(Boolean);
  console.error(summary.length ? `${summary.join('; ')}.` : `${files.length} file(s) valid.`);
  return errors || (strict && warnings) ? 1 : 0;
}

async function inline(args: string[]): Promise<number> {
  if (args.length !== 1 || args[0].startsWith('--')) return usage();
  const read = await readJsonFile(args[0]);
  if (!read.ok) {
    console.error(`${args[0]}: ${read.reason}`);
    return 1;
  }
  console.log(inlineBlock(read.value));
  return 0;
}

function usage(): number {
  console.error(USAGE);
  return 2;
}

const COMMANDS: Record<string, (args: string[]) => Promise<number>> = { validate, inline, aggregate, render };

async function main([command, ...args]: string[]): Promise<number> {
  if (command === '--help' || command === 'help' || args.includes('--help')) {
    console.log(USAGE);
    return 0;
  }
  const run = command && Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  return run ? run(args) : usage();
}

main(process.argv.slice(2)).then((code) => process.exit(code));
