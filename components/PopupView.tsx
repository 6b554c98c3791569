import type { PopupState } from '@/entrypoints/popup/state';

export const popupText = {
  title: 'Mentor Outreach',
  asking: 'Reading this page…',
  notProfile: 'Open a LinkedIn profile to draft a message to a potential mentor.',
  notProfileMore:
    'On someone’s profile, this drafts a short, personal note asking for a 15–20 minute chat, and reminds you to follow up.',
  onProfile: 'Profile on this tab:',
  openDashboard: 'Open dashboard',
} as const;

interface Props {
  state: PopupState;
  onOpenDashboard: () => void;
}

/** The popup's screens. Renders only: the wiring lives in entrypoints/popup. */
export function PopupView({ state, onOpenDashboard }: Props) {
  return (
    <main class="popup" aria-live="polite">
      <h1>{popupText.title}</h1>
      {state.kind === 'asking' && <p class="muted">{popupText.asking}</p>}
      {state.kind === 'profile' && (
        <section aria-label="Profile">
          <p>{popupText.onProfile}</p>
          <p>
            <output data-testid="profile-url">{state.reading.url}</output>
          </p>
        </section>
      )}
      {state.kind === 'not-profile' && (
        <section aria-label="Not a profile">
          <p data-testid="not-profile">{popupText.notProfile}</p>
          <p class="muted">{popupText.notProfileMore}</p>
        </section>
      )}
      <button type="button" class="secondary" onClick={onOpenDashboard}>
        {popupText.openDashboard}
      </button>
    </main>
  );
}
