// Handlebars compile errors reworded in Indonesian for whoever edits a template (file and line first).

/**
 * One problem line for a template Handlebars refused. Its parser speaks English ("Parse error on
 * line 2 … Expecting 'OPEN_ENDBLOCK', got 'EOF'"); the excerpt with its caret is kept, since it
 * shows the template's own text.
 */
export function handlebarsProblem(file: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const parse = /^Parse error on line (\d+):\n([^\n]*)\n([^\n]*)\n(.*)$/s.exec(message);
  if (parse) {
    const [, line, excerpt, caret, expected] = parse;
    const why = /got 'EOF'/.test(expected ?? "")
      ? "templat berakhir sebelum bloknya ditutup (mis. {{#if}} tanpa {{/if}})"
      : "tanda {{ }} tidak lengkap atau salah tulis";
    return `${file}:${line}: sintaks Handlebars salah: ${why}\n    ${excerpt}\n    ${caret}`;
  }
  const mismatch = /^(\S+) doesn't match (\S+) - (\d+):\d+$/.exec(message);
  if (mismatch) {
    const [, open, close, line] = mismatch;
    return `${file}:${line}: blok {{#${open}}} ditutup dengan {{/${close}}}; penutupnya harus {{/${open}}}`;
  }
  const name = error instanceof Error ? error.name : typeof error;
  return `${file}: templat tidak bisa dikompilasi (${name}: ${message})`;
}
