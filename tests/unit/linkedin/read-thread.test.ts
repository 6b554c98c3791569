import { describe, expect, it } from 'vitest';
import { readThreads } from '@/utils/linkedin/read-thread';
import { teamPage } from './load-page';

describe('who wrote last in the conversation on screen', () => {
  it('reads the thread view: the other person, and their message last, with its day and time', () => {
    expect(readThreads(teamPage('messaging-amara'))).toEqual([
      { with: 'https://www.linkedin.com/in/amara-okafor/', name: 'Amara Okafor', lastFrom: 'them', day: 'Today', time: '11:59 PM' },
    ]);
  });

  it('says "me" when the user wrote last, and reads an overlay chat beside the thread', () => {
    const page = teamPage('messaging-amara');
    const events = page.querySelectorAll('.msg-s-message-list__event');
    events[events.length - 1]!.remove();
    const overlay = page.createElement('div');
    overlay.className = 'msg-overlay-conversation-bubble';
    overlay.innerHTML =
      '<header class="msg-overlay-bubble-header"><h2 class="msg-overlay-bubble-header__title"><a href="/in/ruth-abebe/">Ruth Abebe</a></h2></header>' +
      '<ul><li class="msg-s-message-list__event"><div class="msg-s-event-listitem msg-s-event-listitem--other">' +
      '<time class="msg-s-message-group__timestamp">8:02 AM</time><p class="msg-s-event-listitem__body">Sure</p></div></li></ul>';
    page.body.append(overlay);
    expect(readThreads(page)).toEqual([
      { with: 'https://www.linkedin.com/in/amara-okafor/', name: 'Amara Okafor', lastFrom: 'me', day: 'Monday', time: '9:05 AM' },
      { with: 'https://www.linkedin.com/in/ruth-abebe/', name: 'Ruth Abebe', lastFrom: 'them', time: '8:02 AM' },
    ]);
  });

  it('reads nothing where no conversation with a person is shown', () => {
    expect(readThreads(teamPage('feed'))).toEqual([]);
    expect(readThreads(teamPage('amara-okafor'))).toEqual([]);
  });
});
