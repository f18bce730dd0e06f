/**
 * Finds the fenced code blocks of a Markdown guide, with the line each
 * starts on, so a failing block can be named by file and line.
 */
export interface CodeBlock {
  readonly lang: string;
  readonly line: number;
  readonly code: string;
}

export function codeBlocks(markdown: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  const lines = markdown.split(/\r?\n/);
  let open: { lang: string; line: number; body: string[]; fence: string } | null = null;
  lines.forEach((text, i) => {
    if (open === null) {
      const m = /^(```+|~~~+)\s*([\w+-]*)/.exec(text);
      if (m) open = { fence: m[1] ?? '```', lang: (m[2] ?? '').toLowerCase(), line: i + 1, body: [] };
      return;
    }
    if (text.trim() === open.fence) {
      blocks.push({ lang: open.lang, line: open.line, code: open.body.join('\n') });
      open = null;
      return;
    }
    open.body.push(text);
  });
  return blocks;
}
