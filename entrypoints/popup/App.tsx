import { ChannelChoice } from '@/components/popup/ChannelChoice';
import { FirstTwoThings } from '@/components/popup/FirstTwoThings';
import { HookLine } from '@/components/popup/HookLine';
import { LateSections } from '@/components/popup/LateSections';
import { LanguageOffer } from '@/components/popup/LanguageOffer';
import { MessageBox } from '@/components/popup/MessageBox';
import { text } from '@/components/popup/text';
import { SaveReminder } from '@/components/popup/SaveReminder';
import { GreetAs, MissingFields, MissingName, WhoTheyAre } from '@/components/popup/WhoTheyAre';
import { storeNotice } from '@/utils/messaging/store-notice';
import { fieldsToType } from '@/utils/sizing-up/typed-fields';
import * as actions from './actions';
import { savedView } from './saved-view';
import * as state from './state';
import { theirClock } from './their-clock';
import { inSidePanel } from './where';
import { later } from './later';
import { timeZoneList } from '@/utils/time-zones';
import { uiLocale } from '@/utils/ui-text';


// Not on the first screen: each loads when first asked for (see later.ts).
const draftExtras = later(() => import('./draft-extras'));
const repliesSeen = later(() => import('./replies-seen'));
const storeNoticeView = later(() => import('./store-notice-view'));

function StoreNoticeLater() {
  const view = storeNoticeView();
  return view ? <view.StoreNoticeView /> : null;
}

// Asked only when a draft in another language needs my words in it (state.wordsAsked).
const myWordsView = later(() => import('./my-words-view'));
function MyWordsLater() {
  const view = myWordsView();
  return view ? <view.MyWordsView /> : null;
}

function RepliesSeenLater() {
  const view = repliesSeen();
  return view ? <view.RepliesSeenView /> : null;
}

// The popup is 600 px high at most: its message box stops growing sooner than the panel's.
const maxMessageRows = inSidePanel ? 30 : 12;

/**
 * The first message. The first screen holds who they are, the hook cited, the message, Copy
 * and "Save & remind me"; the rest (other hooks, tone, length, the parts, the checks) follows
 * below or one click away.
 */
function Drafting() {
  const profile = state.profile.value;
  const parts = state.parts.value;
  if (!profile || !parts) return null;
  // Until my words in the draft's language are given, they are asked for instead of a half-translated draft.
  if (state.wordsAsked.value) return <MyWordsLater />;
  const zone = state.theirZone.value;
  const clock = theirClock.value;
  const now = Date.now();
  const { channel, minutes, tone, ownHook } = state.choices.value;
  const limit = state.limit.value;
  const missing = fieldsToType(state.pageProfile.value ?? profile);
  // Without their name the greeting has none: the name is asked for first, above the message.
  const nameFirst = missing.includes('name');
  const extras = draftExtras();
  const missingFields = <MissingFields missing={nameFirst ? missing.filter((field) => field !== 'name') : missing} onEdit={state.typeField} />;
  return (
    <>
      <WhoTheyAre
        profile={profile}
        {...(zone &&
          clock && {
            timeZone: zone,
            theirTime: clock.localTimeText(zone, now, uiLocale()),
            timeDifference: clock.timeDifferenceText(zone, state.me.value.timeZone, now, text.who.difference),
          })}
        choosingZone={state.choosingZone.value || (!!clock && !zone)}
        onChooseZone={() => (state.choosingZone.value = true)}
        timeZones={state.choosingZone.value || (clock && !zone) ? timeZoneList() : []}
        onTimeZone={(value) => (state.chosenZone.value = value || undefined)}
      />
      <LateSections sections={state.lateSections.value} />
      {nameFirst && <MissingName onEdit={state.typeField} />}
      <section aria-labelledby="draft-heading" class="draft">
        <h2 id="draft-heading" class="visually-hidden">
          {text.draft.heading}
        </h2>
        <ChannelChoice channel={channel} onChannel={(value) => state.choose({ channel: value })} />
        {extras && state.noteWarning.value && <extras.NotesThisMonth allowance={state.noteWarning.value} onChannel={(value) => state.choose({ channel: value })} />}
        <HookLine {...(state.chosenHook.value && { hook: state.chosenHook.value })}>
          {extras && (
            <extras.HookPicker
              hooks={state.hooks.value}
              chosen={state.chosenHookId.value}
              ownText={ownHook}
              onChoose={(hookId) => state.choose({ hookId })}
              onOwnText={(value) => state.choose({ ownHook: value, hookId: state.ownHookId })}
            />
          )}
        </HookLine>
        <GreetAs typed={state.typed.value.greetAs} greeted={state.draft.value?.greeted ?? ''} onEdit={state.typeField} />
        <MessageBox
          subject={state.message.value.subject}
          body={state.message.value.body}
          limit={limit.body}
          hasSubject={state.hasSubject.value}
          maxRows={maxMessageRows}
          copyStatus={actions.copyStatus.value}
          onSubject={(subject) => state.editMessage({ subject })}
          onBody={(body) => state.editMessage({ body })}
          onCopy={actions.copy}
        />
      </section>
      <SaveReminder
        state={state.save.value.state}
        {...(state.save.value.error && { error: state.save.value.error })}
        {...savedView.value?.reminder(now)}
        onSave={() => void actions.saveAndRemind()}
        onDueDate={(value) => void savedView.value?.changeDueDate(value)}
      >
        {!inSidePanel && (
          <button type="button" class="secondary" onClick={() => void actions.keepBesideThePage()}>
            {text.besideThePage.open}
          </button>
        )}
      </SaveReminder>
      {state.languageOffer.value && (
        <LanguageOffer language={state.languageOffer.value} onAccept={(language) => void state.chooseLanguage(language)} />
      )}
      {state.touched.value && (
        <p class="muted" data-testid="kept">
          {text.draft.kept}{' '}
          <button type="button" class="link" onClick={actions.discardEdits}>
            {text.draft.discard}
          </button>
        </p>
      )}
      <details class="adjust">
        <summary>{text.draft.more}</summary>
        {extras && (
          <>
            <extras.DraftControls
              minutes={minutes}
              tone={tone}
              onMinutes={(value) => state.choose({ minutes: value })}
              onTone={(value) => state.choose({ tone: value })}
              onAnotherWording={state.anotherWording}
              language={state.draftLanguage.value}
              onLanguage={(language) => void state.chooseLanguage(language)}
            />
            <extras.DraftPartsEditor parts={parts} hasSubject={state.hasSubject.value} onPart={state.editPart} />
          </>
        )}
      </details>
      {missingFields}
      {extras && state.findings.value && <extras.Findings findings={state.findings.value} />}
      {extras && state.personaMatch.value && <extras.PersonaFit match={state.personaMatch.value} />}
    </>
  );
}

export function App() {
  const screen = state.screen.value;
  return (
    <main class="popup">
      <header>
        <h1>{text.title}</h1>
        <nav aria-label={text.title}>
          <button type="button" class="link" onClick={() => void actions.openMe()}>
            {text.editMe}
          </button>
          <button type="button" class="link" onClick={() => void actions.openDashboard()}>
            {text.openDashboard}
          </button>
        </nav>
      </header>
      {storeNotice.value && <StoreNoticeLater />}
      {screen.kind === 'loading' && <p class="muted">{text.reading}</p>}
      {screen.kind === 'waiting' && <p class="muted" data-testid="waiting">{text.waiting}</p>}
      {screen.kind === 'not-profile' && (
        <section aria-labelledby="not-profile-heading" data-testid="not-profile">
          <h2 id="not-profile-heading">{screen.seen ? text.notProfile.seen.heading : text.notProfile.heading}</h2>
          <p>{screen.seen ? text.notProfile.seen[screen.seen] : inSidePanel ? text.notProfileBeside : text.notProfile.body}</p>
        </section>
      )}
      {screen.kind === 'unreadable-address' && (
        <section role="alert" aria-labelledby="address-heading" data-testid="unreadable-address">
          <h2 id="address-heading">{text.unreadableAddress.heading}</h2>
          <p>{screen.reason}</p>
          <p>{text.unreadableAddress.body}</p>
        </section>
      )}
      {screen.kind === 'not-profile' && <RepliesSeenLater />}
      {screen.kind === 'first-run' && (
        <FirstTwoThings
          intro={state.me.value.intro}
          askAbout={state.me.value.askAbout}
          saving={actions.firstTwo.value.saving}
          {...(actions.firstTwo.value.error && { error: actions.firstTwo.value.error })}
          onSave={(intro, askAbout) => void actions.saveFirstTwo(intro, askAbout)}
          onDraftAnyway={actions.skipFirstRun}
          onOpenMe={() => void actions.openMe()}
        />
      )}
      {screen.kind === 'error' && (
        <section role="alert" aria-labelledby="error-heading" class="card">
          <h2 id="error-heading">{text.error.heading}</h2>
          <p>{screen.message}</p>
          <button type="button" onClick={() => void actions.load()}>
            {text.error.retry}
          </button>
        </section>
      )}
      {screen.kind === 'profile' &&
        (state.known.value && state.save.value.state !== 'saved' && !state.showFirstMessage.value ? (
          savedView.value && <savedView.value.SavedContact />
        ) : (
          <Drafting />
        ))}
    </main>
  );
}
