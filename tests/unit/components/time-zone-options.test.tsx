import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { TimeZoneOptions } from '@/components/TimeZoneOptions';

function picker(selected: string): HTMLSelectElement {
  const host = document.createElement('div');
  render(
    <select value={selected}>
      <TimeZoneOptions zones={['Europe/Berlin', 'America/Los_Angeles']} selected={selected} />
    </select>,
    host,
  );
  return host.querySelector('select')!;
}

describe('a time-zone picker', () => {
  it('shows the chosen zone even when the browser’s list leaves it out (UTC, Asia/Kolkata…)', () => {
    const select = picker('Asia/Kolkata');
    expect(select.value).toBe('Asia/Kolkata');
    expect([...select.options].map((option) => option.textContent)).toEqual(['Asia/Kolkata', 'Europe/Berlin', 'America/Los Angeles']);
  });

  it('does not list a zone twice', () => {
    expect(picker('Europe/Berlin').options).toHaveLength(2);
  });
});
