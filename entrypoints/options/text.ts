/** Every sentence the options page shows outside the form and the data panel, in one place. */
export const text = {
  title: 'Me',
  intro:
    'The guide’s first step is self-reflection: know what you want before you look for someone to learn from. Every message this extension drafts is built from what you write here.',
  welcome: 'Welcome! Start here: a few lines about you make every draft specific. You can change them any time.',
  loading: 'Loading…',
  saving: 'Saving…',
  saved: 'Saved',
  openDashboard: 'Open dashboard',
} as const;
