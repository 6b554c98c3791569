import type { Finding } from '@/utils/outreach/check';
import { laterText } from './later-text';

const marks: Record<Finding['severity'], string> = { error: '✗', warning: '!', tip: 'i' };

/** The checker's findings, each with the guide's advice; severity is said in words too. */
export function Findings({ findings }: { findings: Finding[] }) {
  return (
    <section aria-labelledby="findings-heading" class="card" aria-live="polite">
      <h2 id="findings-heading">{laterText.findings.heading}</h2>
      {findings.length === 0 ? (
        <p class="ok" data-testid="no-findings">
          ✓ {laterText.findings.none}
        </p>
      ) : (
        <ul class="findings" data-testid="findings">
          {findings.map((finding) => (
            <li key={finding.id} class={`finding ${finding.severity}`} data-finding={finding.id}>
              <strong>
                <span aria-hidden="true">{marks[finding.severity]} </span>
                {laterText.findings.severity[finding.severity]}: {finding.message}
              </strong>
              <p class="advice">{finding.advice}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
