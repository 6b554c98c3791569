import type { Contact } from '@/utils/store/schema/records';
import { dashboardText as text } from './dashboard-text';
import { isWebAddress } from '@/utils/web-address';

/** Who they are, as their profile read when saved. Profile text is shown as text, never markup. */
export function ProfileSnapshot({ contact, stageLabel }: { contact: Contact; stageLabel: string }) {
  const { profile } = contact;
  const role = [profile.current?.title, profile.current?.company].filter(Boolean).join(', ');
  return (
    <section aria-labelledby="profile-heading" class="card">
      <h2 id="profile-heading" data-testid="contact-name">
        {profile.name ?? profile.slug}
      </h2>
      <dl class="facts">
        <dt>{text.contact.stage}</dt>
        <dd data-testid="contact-stage">{stageLabel}</dd>
        {profile.headline && (
          <>
            <dt>{text.contact.headline}</dt>
            <dd>{profile.headline}</dd>
          </>
        )}
        {role && (
          <>
            <dt>{text.contact.role}</dt>
            <dd>{role}</dd>
          </>
        )}
        {profile.location && (
          <>
            <dt>{text.contact.location}</dt>
            <dd>{profile.location}</dd>
          </>
        )}
      </dl>
      {isWebAddress(contact.url) && (
        <p>
          <a href={contact.url} target="_blank" rel="noopener noreferrer">
            {text.contact.openProfile}
          </a>
        </p>
      )}
    </section>
  );
}
