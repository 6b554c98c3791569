/** The drafting view runs in the popup and in the side panel (sidepanel.html); a few things differ. */
export const inSidePanel = location.pathname.endsWith('/sidepanel.html');
