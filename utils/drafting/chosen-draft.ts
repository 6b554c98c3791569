import type { Profile } from '@/utils/linkedin/profile';
import { firstChannel } from '@/utils/outreach/channels';
import { type Hook, customHook } from '@/utils/outreach/hooks';
import type { Me } from '@/utils/outreach/me';
import type { DraftChoices } from '@/utils/outreach/write-draft';
import type { Choices } from './kept-drafts';

/**
 * The popup's choices as the draft reads them: one home for the popup and `npm run draft`, so
 * the command prints the draft the popup shows for the same choices.
 */

/** The hook id of "Something else": the user's own words. */
export const ownHookId = 'own';

/** A fresh draft's choices: a message to a first-degree connection, else a note; Me's ask length; no hook picked. */
export function firstChoices(profile: Profile | undefined, me: Me): Choices {
  return { channel: firstChannel(profile?.connection), ownHook: '', minutes: me.askMinutes, tone: 'warm', wording: 0 };
}

/** The hook the user picked (one found, or their own words); undefined leaves the choice to the composer. */
export function pickedHook({ hookId, ownHook }: Pick<Choices, 'hookId' | 'ownHook'>, hooks: readonly Hook[]): Hook | undefined {
  if (hookId === ownHookId) return ownHook.trim() ? customHook(ownHook) : undefined;
  return hooks.find((hook) => hook.id === hookId);
}

/** What writeDraft (or compose) is asked for these choices, in the chosen language or Me's. */
export function draftChoices(choices: Choices, me: Me, hooks: readonly Hook[]): DraftChoices {
  const { channel, minutes, tone, wording } = choices;
  return { channel, hook: pickedHook(choices, hooks), hooks, askMinutes: minutes, tone, wording, language: choices.language ?? me.language };
}
