import { text } from './text';

interface Props {
  stage: string;
  last?: string;
  next?: string;
}

/** Journey 6: opening the popup again on a saved profile shows where we stand with them. */
export function WhereWeStand({ stage, last, next }: Props) {
  return (
    <section aria-labelledby="stand-heading" class="card" data-testid="where-we-stand">
      <h2 id="stand-heading">{text.stand.heading}</h2>
      <dl class="facts">
        <dt>{text.stand.stage}</dt>
        <dd data-testid="stage">{stage}</dd>
        {last && (
          <>
            <dt>{text.stand.last}</dt>
            <dd>{last}</dd>
          </>
        )}
        {next && (
          <>
            <dt>{text.stand.next}</dt>
            <dd data-testid="next-follow-up">{next}</dd>
          </>
        )}
      </dl>
    </section>
  );
}
