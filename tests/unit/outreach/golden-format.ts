import type { Draft } from '@/utils/outreach/compose';
import type { FollowUpDraft } from '@/utils/outreach/follow-up-drafts';

/** A first-message draft as a golden file shows it: its length, findings, subject and body. */
export function shownDraft(title: string, draft: Draft): string {
  const findings = draft.findings.map((finding) => finding.id).join(', ') || 'none';
  return [
    `### ${title} (${draft.length}/${draft.limit.body}; findings: ${findings})`,
    '',
    ...(draft.subject ? [`Subject: ${draft.subject}`, ''] : []),
    '```',
    draft.body,
    '```',
    '',
  ].join('\n');
}

/** A follow-up as a golden file shows it: subject, body and checklist. */
export function shownFollowUp(kind: string, draft: FollowUpDraft): string {
  return [
    `## ${kind}`,
    '',
    ...(draft.subject ? [`Subject: ${draft.subject}`, ''] : []),
    ...(draft.body ? ['```', draft.body, '```', ''] : []),
    ...(draft.checklist ?? []).map((line) => `- ${line}`),
    '',
  ].join('\n');
}
