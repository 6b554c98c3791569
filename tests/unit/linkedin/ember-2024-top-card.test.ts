import { describe, expect, it } from 'vitest';
import { savedPage } from '@/scripts/saved-page';
import { readProfile } from '@/utils/linkedin/read-profile';

// A 2024 Ember top card as the scoutr captures show it (issue 27): no .pv-top-card class, the
// pronouns in brackets beside the name, the degree badge in a distance-badge span, no Message
// link; the member id only in the links to the person's own sub-pages. A made-up person.
const page = (badge: string, pronouns = '(She/Her)') => `<!DOCTYPE html>
<html><body class="render-mode-BIGPIPE"><main>
  <section class="artdeco-card">
    <a href="/in/nadia-okonkwo-4821/overlay/about-this-profile/"><h1 class="text-heading-xlarge">Nadia Okonkwo</h1></a>
    <span class="text-body-small v-align-middle break-words t-black--light"> ${pronouns} </span>
    <span class="distance-badge"><span class="visually-hidden"> ${badge} degree connection </span><span class="dist-value" aria-hidden="true"> ${badge} </span></span>
    <div class="text-body-medium break-words">Maintenance planner at Lagos Metro Rail</div>
    <span class="text-body-small inline t-black--light break-words">Lagos, Nigeria</span>
    <a href="https://www.linkedin.com/search/results/people/?facetNetwork=%22F%22&amp;facetConnectionOf=%22ACoAAB1111111111111111111111111111111%22">2 mutual connections</a>
  </section>
  <section class="artdeco-card"><div id="experience" class="pv-profile-card__anchor"></div>
    <a href="https://www.linkedin.com/in/nadia-okonkwo-4821/details/experience?profileUrn=urn%3Ali%3Afsd_profile%3AACoAAC2222222222222222222222222222222">Show all 5 experiences</a>
  </section>
</main></body></html>`;

const url = 'https://www.linkedin.com/in/nadia-okonkwo-4821/';

describe('the 2024 Ember top card', () => {
  it('gives pronouns shown in brackets without the brackets, never as a headline', () => {
    const profile = readProfile(savedPage(page('2nd')), url);
    expect(profile.pronouns).toBe('She/Her');
    expect(profile.headline).toBe('Maintenance planner at Lagos Metro Rail');
  });

  it('reads the degree badge: 2nd and 3rd are not connected, 1st is', () => {
    expect(readProfile(savedPage(page('2nd')), url).connection).toBe('not-connected');
    expect(readProfile(savedPage(page('3rd')), url).connection).toBe('not-connected');
    expect(readProfile(savedPage(page('1st')), url).connection).toBe('first-degree');
  });

  it("takes the member id from the links to the person's own pages, not from a search for their connections", () => {
    expect(readProfile(savedPage(page('2nd')), url).memberId).toBe('ACoAAC2222222222222222222222222222222');
  });

  it('takes no member id from a link to another person’s pages', () => {
    const other = page('2nd').replace('/in/nadia-okonkwo-4821/details/', '/in/someone-else/details/');
    expect(readProfile(savedPage(other), url).memberId).toBeUndefined();
  });
});
