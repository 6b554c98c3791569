/**
 * Drafts every person × mentee × channel the way the popup does (the composer chooses the
 * hook), side by side in one markdown file: how drafts are judged, many at once, by a reader
 * who has not seen the code (docs/blind-reads/).
 *   npm run side-by-side -- <people-dir> <mentees-dir> <out.md>   (e.g. docs/blind-reads/3-after-the-first-fixes/people …/mentees /tmp/drafts.md)
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compose } from '@/utils/outreach/compose';
import { writeDraft } from '@/utils/outreach/write-draft';
import { loadLanguage } from '@/utils/outreach/languages';
import { readMe } from '@/utils/outreach/me';
import { readProfileInput } from '@/utils/store/checks/profile-input';
import { draftLanguages } from '@/utils/outreach/their-language';

const [peopleDir, menteesDir, out] = process.argv.slice(2);
if (!peopleDir || !menteesDir || !out) throw new Error('usage: draft-all.mts <people-dir> <mentees-dir> <out.md>');
await Promise.all(draftLanguages.map(loadLanguage));
const json = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => ({ file: f, data: JSON.parse(readFileSync(join(dir, f), 'utf8')) }));
const people = json(peopleDir);
const mentees = json(menteesDir);
const channels = [
  ['free note', 'connection-note', 'free'],
  ['premium note', 'connection-note', 'premium'],
  ['message (1st-degree)', 'message', 'free'],
  ['InMail', 'inmail', 'premium'],
  ['email', 'email', 'free'],
] as const;
const lines: string[] = [];
let count = 0;
for (const mentee of mentees) {
  for (const person of people) {
    const input = readProfileInput(person.data);
    if ('problem' in input) { lines.push(`## ${person.file}: NOT READ: ${input.problem}`); continue; }
    lines.push(`\n## mentee ${mentee.file} → ${person.file}\n`);
    for (const [label, channel, account] of channels) {
      const me = readMe({ ...mentee.data, account });
      const choices = { channel, now: Date.parse('2026-12-08T10:00:00Z') } as const;
      const draft = compose(input.profile, me, choices);
      const hook = writeDraft(input.profile, me, choices).hook;
      count += 1;
      const findings = (draft.findings ?? []).map((f: { id: string; severity?: string }) => `${f.id}${f.severity ? `(${f.severity})` : ''}`).join(', ');
      lines.push(`### [${count}] ${label} · ${draft.length}/${draft.limit.body} chars · hook: ${hook ? `${hook.source} ${JSON.stringify(hook.text)}` : 'none'}`);
      if (draft.subject) lines.push(`Subject: ${draft.subject}`);
      lines.push('```', draft.body, '```', `findings: ${findings || 'none'}`, '');
    }
  }
}
writeFileSync(out, lines.join('\n'));
console.log(`${count} drafts written to ${out}`);
