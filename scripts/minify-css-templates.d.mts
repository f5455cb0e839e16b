import type { Plugin } from 'vite';

/** The minified text of one `css` template body; throws, naming the file, on CSS it cannot parse. */
export function minifyCssTemplate(body: string, filename: string): string;
/** The build plugin that minifies the `css` templates of src/. */
export function minifyCssTemplates(): Plugin;
