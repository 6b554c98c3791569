import type { Stage } from '@/utils/relationship/stages';
import type { ContactRow } from '@/utils/store/contacts/contact-queries';
import { dashboardText as text } from './dashboard-text';

export interface StageGroup {
  stage: Stage;
  label: string;
  contacts: ContactRow[];
  /** How many match in all; only the first page or so is rendered. */
  total: number;
}

interface Props {
  groups: StageGroup[];
  selectedUrl?: string;
  searching: boolean;
  onOpen: (url: string) => void;
  onShowMore: (stage: Stage) => void;
}

function roleLine({ title, company, headline }: ContactRow): string {
  return [title, company].filter(Boolean).join(' · ') || headline || '';
}

/** Every contact, grouped by stage with counts, a page at a time (10,000 contacts stay quick). */
export function StageGroups({ groups, selectedUrl, searching, onOpen, onShowMore }: Props) {
  const shown = groups.filter((group) => group.total > 0);
  return (
    <section aria-labelledby="groups-heading" class="groups">
      <h2 id="groups-heading">{text.groups.heading}</h2>
      {shown.length === 0 && <p class="muted">{searching ? text.groups.noMatch : text.groups.empty}</p>}
      {shown.map((group) => (
        <section key={group.stage} class={`card stage stage-${group.stage}`} aria-labelledby={`stage-${group.stage}`}>
          <h3 id={`stage-${group.stage}`}>
            {group.label} <span class="count">({text.groups.count(group.contacts.length, group.total)})</span>
          </h3>
          <ul class="contacts">
            {group.contacts.map((contact) => {
              const selected = contact.url === selectedUrl;
              return (
                <li key={contact.url}>
                  <button
                    type="button"
                    class={`contact-button${selected ? ' selected' : ''}`}
                    aria-current={selected ? 'true' : undefined}
                    onClick={() => onOpen(contact.url)}
                  >
                    <span class="contact-name">
                      {selected && '▸ '}
                      {contact.name}
                    </span>
                    <span class="muted">{roleLine(contact)}</span>
                  </button>
                </li>
              );
            })}
          </ul>
          {group.contacts.length < group.total && (
            <button type="button" class="secondary" onClick={() => onShowMore(group.stage)}>
              {text.groups.showMore(group.label)}
            </button>
          )}
        </section>
      ))}
    </section>
  );
}
