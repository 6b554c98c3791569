import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const draft = (...args: string[]) =>
  run('node_modules/.bin/tsx', ['scripts/draft.mts', ...args], { cwd: process.cwd() }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );
const fixtures = 'tests/fixtures/outreach';

describe('npm run draft', { timeout: 30_000 }, () => {
  it('prints the draft as JSON for a profile and my settings', async () => {
    const { code, stdout } = await draft('--profile', `${fixtures}/profile.json`, '--me', `${fixtures}/me.json`, '--channel', 'inmail', '--hook', '1', '--minutes', '15');
    expect(code).toBe(0);
    const printed = JSON.parse(stdout);
    expect(Object.keys(printed)).toEqual(['channel', 'subject', 'body', 'parts', 'length', 'limit', 'greeted', 'findings', 'notes']);
    expect(printed.channel).toBe('inmail');
    expect(printed.parts.opening.toLowerCase()).toContain('your post "we just shipped offline payments for market traders"');
    expect(printed.body).toMatch(/\b15[- ]minutes?\b/);
    expect(printed.limit).toEqual({ subject: 200, body: 1900 });
    expect(printed.findings).toEqual([]);
  });

  it('prints the findings for a message written by hand, and fails when one is an error', async () => {
    const { code, stdout } = await draft('--check', `${fixtures}/message.txt`, '--channel', 'connection-note');
    expect(code).toBe(1);
    expect(JSON.parse(stdout).map((finding: { id: string }) => finding.id)).toEqual(['mentorship-ask', 'no-hook', 'no-time-box', 'no-easy-yes', 'generic-opener', 'idiom']);
  });

  it('passes a message with warnings or tips only', async () => {
    const fine = join(tmpdir(), 'draft-command-fine.txt');
    writeFileSync(fine, 'Hi Ana, I read your article on pricing experiments. Could we talk for 15 minutes, whenever suits you? Thank you!');
    const { code, stdout } = await draft('--check', fine, '--channel', 'connection-note');
    expect(JSON.parse(stdout)).toEqual([]);
    expect(code).toBe(0);
  });

  it('says in one line that a language is not one it drafts in, and fails', { timeout: 60_000 }, async () => {
    const { code, stdout, stderr } = await draft('--profile', `${fixtures}/profile.json`, '--me', `${fixtures}/me.json`, '--language', 'it');
    expect(code).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr.trim()).toBe('draft: unknown language "it"; use one of en, es, fr, de, pt');
  });

  it('drafts in the language Me names, or the one --language asks for', { timeout: 60_000 }, async () => {
    const spanish = JSON.parse((await draft('--profile', `${fixtures}/profile.json`, '--me', `${fixtures}/me-es.json`, '--channel', 'inmail')).stdout);
    expect(spanish.body).toMatch(/^(?:Buenos días|Hola), \S+:\n\n/);
    expect(spanish.body).toMatch(/\b15 minutos\b/);
    expect(spanish.body).toMatch(/\nUn cordial saludo,\nLucía Romero$/);
    const { code, stdout } = await draft('--profile', `${fixtures}/profile.json`, '--me', `${fixtures}/me-es.json`, '--channel', 'inmail', '--language', 'fr');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).body).toMatch(/^Bonjour \S+,\n\n[\s\S]*15 minutes[\s\S]*\nBien cordialement,\nLucía Romero$/);
  });

  it('checks a message in its language, in that language, and fails on an error', { timeout: 60_000 }, async () => {
    const message = join(tmpdir(), 'draft-command-es.txt');
    writeFileSync(message, 'Hola, Ana: Leí su artículo sobre precios. ¿Quieres ser mi mentora?');
    const { code, stdout } = await draft('--check', message, '--channel', 'connection-note', '--language', 'es');
    expect(code).toBe(1);
    const findings = JSON.parse(stdout) as Array<{ id: string; message: string }>;
    expect(findings.map((finding) => finding.id)).toEqual(['mentorship-ask', 'no-time-box', 'no-easy-yes']);
    expect(findings[0]!.message).toBe('«ser mi mentora» le pide que sea tu mentor.');
  });

  it('says in one line why it cannot draft, and fails', async () => {
    const notJson = join(tmpdir(), 'draft-command-not-json.json');
    writeFileSync(notJson, '{ "name": ');
    for (const args of [
      ['--profile', 'missing.json', '--me', `${fixtures}/me.json`],
      ['--profile', notJson, '--me', `${fixtures}/me.json`],
      ['--profile', `${fixtures}/me.json`],
      ['--profile', `${fixtures}/profile.json`, '--me', `${fixtures}/me.json`, '--channel', 'fax'],
    ]) {
      const { code, stdout, stderr } = await draft(...args);
      expect(code).not.toBe(0);
      expect(stdout).toBe('');
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toMatch(/^draft: /);
    }
  });
});
