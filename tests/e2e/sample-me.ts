/**
 * A made-up mentee's "Me", for the demo, the end-to-end tests and the bench: a person who
 * wants to move into platform engineering leadership (the demo profile's field).
 */
export const sampleMe = {
  name: 'Sam Lee',
  intro: 'a data analyst at Northwind Logistics, focused on route planning',
  shortTermGoal: 'get better at presenting data to non-technical stakeholders',
  longTermGoal: 'move into platform engineering leadership',
  skillsMissing: 'running an on-call rotation',
  guidance: 'career strategy',
  askMinutes: 20,
  account: 'free',
  timeZone: 'Europe/Warsaw',
  persona: ['platform engineering', 'mentoring', 'fintech'],
};
