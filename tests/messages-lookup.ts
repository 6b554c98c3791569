/** What `browser.i18n.getMessage` does with a messages.json: the message by name, `$1` … filled in, `$$` a dollar. */
export function chromeLookup(messages: Record<string, { message: string }>) {
  const byName = new Map(Object.entries(messages).map(([name, { message }]) => [name.toLowerCase(), message]));
  return (name: string, substitutions: string[] = []) =>
    (byName.get(name.toLowerCase()) ?? '').replace(/\$(\$|\d)/g, (_, which: string) => (which === '$' ? '$' : (substitutions[Number(which) - 1] ?? '')));
}
