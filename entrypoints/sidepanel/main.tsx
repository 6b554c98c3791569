import { followTheTab } from '../popup/follow-the-tab';
import { start } from '../popup/start';

// The popup's drafting view, kept beside the page: it reads whichever tab is active.
start();
followTheTab();
