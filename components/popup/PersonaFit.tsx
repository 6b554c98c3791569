import type { PersonaMatch } from '@/utils/sizing-up/persona-match';
import { laterText } from './later-text';

/** Journey 2: which of my persona keywords this profile shows (marked by words, not colour). */
export function PersonaFit({ match }: { match: PersonaMatch }) {
  const none = match.found.length === 0 && match.notFound.length === 0;
  return (
    <section aria-labelledby="fit-heading" class="card">
      <h2 id="fit-heading">{laterText.fit.heading}</h2>
      {none ? (
        <p class="muted">{laterText.fit.noPersona}</p>
      ) : (
        <ul class="chips" data-testid="persona-fit">
          {match.found.map((keyword) => (
            <li key={`+${keyword}`} class="chip found">
              ✓ {laterText.fit.found}: {keyword}
            </li>
          ))}
          {match.notFound.map((keyword) => (
            <li key={`-${keyword}`} class="chip">
              ○ {laterText.fit.notFound}: {keyword}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
