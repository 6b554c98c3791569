/**
 * The popup on a messaging page (or anywhere not a profile): replies the messaging reader saw
 * from saved contacts, each logged with one click. Nothing is logged without it.
 */
import { signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { RepliesSeen, type ReplySeen } from '@/components/popup/RepliesSeen';
import { laterText } from '@/components/popup/later-text';
import { askWorker } from '@/utils/messaging/ask-worker';
import { agoText } from '@/utils/relationship/ago';
import { recentWords } from '@/utils/relationship/nudge-words';
import { uiLocale } from '@/utils/ui-text';
import type { DueFollowUp } from '@/utils/store/follow-ups/due-follow-ups';

const seen = signal<DueFollowUp[]>([]);
const status = signal<string | undefined>(undefined);

async function load(): Promise<void> {
  const answer = await askWorker('listDue', {});
  seen.value = answer.ok ? answer.value.filter(({ followUp }) => followUp.kind === 'log-reply') : [];
}

async function log(id: number): Promise<void> {
  const due = seen.value.find(({ followUp }) => followUp.id === id);
  if (!due) return;
  const answer = await askWorker('logInteraction', { url: due.contact.url, kind: 'replied', at: due.followUp.since });
  status.value = answer.ok ? laterText.replies.logged(due.contact.name) : `${laterText.stand.failed} ${answer.error}`;
  await load();
}

export function RepliesSeenView() {
  useEffect(() => void load(), []);
  const now = Date.now();
  const replies: ReplySeen[] = seen.value.map(({ followUp, contact }) => ({
    id: followUp.id,
    name: contact.name,
    ago: agoText(followUp.since, now, recentWords, () => new Date(followUp.since).toLocaleDateString(uiLocale())),
  }));
  return <RepliesSeen replies={replies} {...(status.value && { status: status.value })} onLog={(id) => void log(id)} />;
}
