import { describe, expect, it } from 'vitest';
import { savedPage } from '@/scripts/saved-page';
import { readProfile } from '@/utils/linkedin/read-profile';

// The public page's markup of 2023, as two captures in pre-interview-brief-generator show it
// (issue 27): the Experience section named by class only, a group's roles as
// li.experience-group-position, honours under data-section="awards", a certificate's
// "Issued" date apart from its "Expires", the grade as a third span after degree and field,
// the volunteering cause as a line of its own, articles in the posts section. A made-up person.
const html = `<!DOCTYPE html><html><head><meta name="pageKey" content="public_profile_v3_desktop"></head><body><main>
<section class="top-card-layout"><h1 class="top-card-layout__title">Tomás Ferreyra</h1>
  <h2 class="top-card-layout__headline">Data engineer</h2></section>
<section class="core-section-container pp-section activities" data-section="posts"><h2>Articles by Tomás</h2><ul>
  <li class="activities-section__item--articles"><a href="https://www.linkedin.com/pulse/pipelines-that-heal-tomas-ferreyra?trk=public_profile_article_view" class="base-card">
    <h3 class="base-main-card__title"> Pipelines that heal themselves </h3><h4 class="base-main-card__subtitle"> By Tomás Ferreyra </h4>
    <div class="base-main-card__metadata"><span class="base-main-card__metadata-item">Mar 5, 2022</span></div></a></li></ul></section>
<section class="core-section-container pp-section experience"><h2>Experience</h2><ul class="experience__list">
  <li class="profile-section-card experience-item" data-section="currentPositionsDetails"><div class="profile-section-card__contents">
    <h3 class="profile-section-card__title"> Data Engineer </h3><h4 class="profile-section-card__subtitle"><a href="#"> Río Datos </a></h4>
    <div class="profile-section-card__meta"><p class="experience-item__duration experience-item__meta-item"><span class="date-range"><time>Mar 2021</time> - Present<span class="date-range__duration">2 years 2 months</span></span></p>
    <p class="experience-item__location experience-item__meta-item"> Rosario, Argentina </p></div></div></li>
  <li class="experience-group experience-item"><a class="experience-group-header__url" href="#"><div class="experience-group-header">
    <h4 class="experience-group-header__company"> Banco Litoral </h4><p class="experience-group-header__duration"> 4 years </p></div></a>
    <ul class="experience-group__positions">
      <li class="profile-section-card experience-group-position"><div class="profile-section-card__contents">
        <h3 class="profile-section-card__title"> Analyst </h3><h4 class="profile-section-card__subtitle"><a href="#"> Banco Litoral </a></h4>
        <div class="profile-section-card__meta"><p class="experience-group-position__duration experience-group-position__meta-item"><span class="date-range"><time>Apr 2017</time> - <time>Mar 2021</time><span class="date-range__duration">4 years</span></span></p>
        <p class="experience-group-position__location experience-group-position__meta-item"> Santa Fe, Argentina </p>
        <div class="experience-group-position__description experience-group-position__meta-item"><div class="show-more-less-text"><p class="show-more-less-text__text--less"> Reports for the credit team. </p></div></div></div></div></li>
    </ul></li></ul></section>
<section class="core-section-container pp-section" data-section="educationsDetails"><ul>
  <li class="profile-section-card education__list-item"><div class="profile-section-card__contents"><h3 class="profile-section-card__title"> Universidad Nacional de Rosario </h3>
    <h4 class="profile-section-card__subtitle"><span class="education__item education__item--degree-info">Licenciatura</span><span class="education__item education__item--degree-info" data-section="educations">Estadística</span><span class="education__item education__item--degree-info" data-section="educations">9.1 of 10</span></h4>
    <div class="profile-section-card__meta"><p class="education__item--duration"><span class="date-range"><time>2011</time> - <time>2016</time></span></p></div></div></li></ul></section>
<section class="core-section-container pp-section volunteering" data-section="volunteering"><ul>
  <li class="profile-section-card"><div class="profile-section-card__contents"><h3 class="profile-section-card__title"> Tutor </h3><h4 class="profile-section-card__subtitle"> Club de Ciencia Rosario </h4>
    <div class="profile-section-card__meta"><p class="volunteering__item volunteering__item--duration"><span class="date-range"><time>Dec 2018</time></span></p>
    <p class="volunteering__item volunteering__item--cause"> Education </p></div></div></li></ul></section>
<section class="core-section-container pp-section certifications" data-section="certifications"><ul>
  <li class="profile-section-card"><div class="profile-section-card__contents"><h3 class="profile-section-card__title"> Cloud Data Engineer </h3><h4 class="profile-section-card__subtitle"> Google Cloud </h4>
    <div class="profile-section-card__meta"><div class="certifications__date-range"><span class="certifications__start-date"> Issued <time>Dec 2021</time> </span><span class="certifications__end-date"> Expires <time>Dec 2023</time> </span></div></div></div></li></ul></section>
<section class="core-section-container pp-section awards" data-section="awards"><ul>
  <li class="profile-section-card"><div class="profile-section-card__contents"><h3 class="profile-section-card__title"> Hackathon Rosario 2019 </h3><h4 class="profile-section-card__subtitle"> Municipalidad de Rosario </h4>
    <div class="profile-section-card__meta"><span class="date-range"><time> Oct 2019 </time></span></div></div></li></ul></section>
</main></body></html>`;

describe('the public page of 2023', () => {
  const profile = readProfile(savedPage(html), 'https://www.linkedin.com/in/tomas-ferreyra/', Date.UTC(2026, 11, 1));

  it('reads every role, those of a group under its company', () => {
    expect(profile.experience).toEqual([
      { title: 'Data Engineer', company: 'Río Datos', dates: 'Mar 2021 - Present · 2 years 2 months', location: 'Rosario, Argentina', period: { start: '2021-03', ongoing: true } },
      { title: 'Analyst', company: 'Banco Litoral', dates: 'Apr 2017 - Mar 2021 · 4 years', location: 'Santa Fe, Argentina', description: 'Reports for the credit team.', period: { start: '2017-04', end: '2021-03' } },
    ]);
    expect(profile.current).toEqual({ title: 'Data Engineer', company: 'Río Datos' });
  });

  it('gives a degree without its grade', () => {
    expect(profile.education).toEqual([{ school: 'Universidad Nacional de Rosario', degree: 'Licenciatura, Estadística', dates: '2011 - 2016', period: { start: '2011', end: '2016' } }]);
  });

  it('dates a certificate when it was issued, names the cause of a volunteer role, and reads honours', () => {
    expect(profile.certifications).toEqual([{ title: 'Cloud Data Engineer', by: 'Google Cloud', date: '2021-12' }]);
    expect(profile.volunteering).toEqual([{ role: 'Tutor', organization: 'Club de Ciencia Rosario', cause: 'Education', period: { start: '2018-12', end: '2018-12' } }]);
    expect(profile.honors).toEqual([{ title: 'Hackathon Rosario 2019', by: 'Municipalidad de Rosario', date: '2019-10' }]);
  });

  it('reads their articles as their activity', () => {
    expect(profile.activity).toMatchObject([
      { text: 'Pipelines that heal themselves', url: 'https://www.linkedin.com/pulse/pipelines-that-heal-tomas-ferreyra?trk=public_profile_article_view', kind: 'article', date: '2022-03-05' },
    ]);
  });
});

// The same fields in the 2024 markup (scoutr public-profile1): no classes to tell them by.
describe('the public page of 2024', () => {
  const html = `<!DOCTYPE html><html><head><meta name="pageKey" content="public_profile_v3_desktop"></head><body><main>
<section class="top-card-layout"><h1 class="top-card-layout__title">Tomás Ferreyra</h1></section>
<section data-section="educationsDetails"><ul>
  <li class="profile-section-card education__list-item"><div><h3> Escuela de Arte Digital </h3>
    <h4 class="not-first-middot"><span class="control-transition" data-section="educations">Infographics</span> <span class="control-transition" data-section="educations">18 of 20</span></h4>
    <p><span class="date-range"><time>2005</time> - <time>2008</time></span></p></div></li></ul></section>
<section data-section="certifications"><ul>
  <li class="profile-section-card"><div><h3><a href="https://www.linkedin.com/learning/certificates/abc?trk=public_profile_certification-title"> UX Design Overview </a></h3>
    <h4><a href="https://www.linkedin.com/company/linkedin?trk=x"> LinkedIn </a></h4>
    <div><div class="not-first-middot"><span> Issued <time>Dec 2018</time> </span></div></div></div></li></ul></section>
</main></body></html>`;
  const profile = readProfile(savedPage(html), 'https://www.linkedin.com/in/tomas-ferreyra/');

  it('gives a field of study without the grade after it', () => {
    expect(profile.education).toEqual([{ school: 'Escuela de Arte Digital', degree: 'Infographics', dates: '2005 - 2008', period: { start: '2005', end: '2008' } }]);
  });

  it('dates a certificate when it was issued', () => {
    expect(profile.certifications).toEqual([{ title: 'UX Design Overview', by: 'LinkedIn', date: '2018-12', url: 'https://www.linkedin.com/learning/certificates/abc?trk=public_profile_certification-title' }]);
  });
});
