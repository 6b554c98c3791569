import type { Stage } from '@/utils/relationship/stages';
import type { ContactQuery } from '@/utils/store/contacts/contact-queries';

/** How many contacts each stage shows at first, and how many more "Show more" adds. */
export const pageSize = 50;

const wordsOf = (text: string) => text.toLocaleLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/**
 * The query for one stage's group. A searched word that begins a word of the stage's name
 * ("met", "closed", "reply") matches every contact at that stage; the other words must be in
 * the contact's name, role, organization or notes. So "closed" shows the three closed stages,
 * and "amara chat" finds Amara among the chats scheduled.
 */
export function stageQuery(stage: Stage, label: string, search: string, limit: number): ContactQuery {
  const stageWords = wordsOf(`${label} ${stage}`);
  const namesStage = (word: string) => {
    const parts = wordsOf(word);
    return parts.length > 0 && parts.every((part) => stageWords.some((stageWord) => stageWord.startsWith(part)));
  };
  const rest = search.split(/\s+/).filter((word) => word && !namesStage(word));
  return { stage, limit, ...(rest.length > 0 && { search: rest.join(' ') }) };
}
