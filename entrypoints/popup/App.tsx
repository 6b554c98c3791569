import { DraftControls } from '@/components/popup/DraftControls';
import { DraftPartsEditor } from '@/components/popup/DraftPartsEditor';
import { Findings } from '@/components/popup/Findings';
import { HookPicker } from '@/components/popup/HookPicker';
import { MessageBox } from '@/components/popup/MessageBox';
import { PersonaFit } from '@/components/popup/PersonaFit';
import { text } from '@/components/popup/text';
import { SaveReminder } from '@/components/popup/SaveReminder';
import { WhoTheyAre } from '@/components/popup/WhoTheyAre';
import { StoreNotice } from '@/components/StoreNotice';
import { storeNoticeText } from '@/utils/store/store-text';
import { dismissStoreNotice, storeNotice } from '@/utils/store-notice';
import { fieldsToType } from '@/utils/sizing-up/typed-fields';
import * as actions from './actions';
import { savedView } from './saved-view';
import * as state from './state';
import { theirClock } from './their-clock';

// Read once, when first needed: the list is long.
let zones: string[] | undefined;
const timeZones = () => (zones ??= Intl.supportedValuesOf('timeZone'));

function Drafting() {
  const profile = state.profile.value;
  const parts = state.parts.value;
  if (!profile || !parts) return null;
  const zone = state.theirZone.value;
  const clock = theirClock.value;
  const now = Date.now();
  const { channel, minutes, tone, ownHook } = state.choices.value;
  const limit = state.limit.value;
  return (
    <>
      <WhoTheyAre
        profile={profile}
        missing={fieldsToType(state.pageProfile.value ?? profile)}
        onEdit={state.typeField}
        {...(zone &&
          clock && {
            timeZone: zone,
            theirTime: clock.localTimeText(zone, now),
            timeDifference: clock.timeDifferenceText(zone, state.me.value.timeZone, now),
          })}
        choosingZone={state.choosingZone.value || (!!clock && !zone)}
        onChooseZone={() => (state.choosingZone.value = true)}
        timeZones={state.choosingZone.value || (clock && !zone) ? timeZones() : []}
        onTimeZone={(value) => (state.chosenZone.value = value || undefined)}
      />
      {state.personaMatch.value && <PersonaFit match={state.personaMatch.value} />}
      <section aria-labelledby="draft-heading" class="card">
        <h2 id="draft-heading">{text.draft.heading}</h2>
        <HookPicker
          hooks={state.hooks.value}
          chosen={state.chosenHookId.value}
          ownText={ownHook}
          onChoose={(hookId) => state.choose({ hookId })}
          onOwnText={(value) => state.choose({ ownHook: value, hookId: state.ownHookId })}
        />
        <DraftControls
          channel={channel}
          minutes={minutes}
          tone={tone}
          onChannel={(value) => state.choose({ channel: value })}
          onMinutes={(value) => state.choose({ minutes: value })}
          onTone={(value) => state.choose({ tone: value })}
          onAnotherWording={state.anotherWording}
        />
        <DraftPartsEditor parts={parts} hasSubject={state.hasSubject.value} onPart={state.editPart} />
        <MessageBox
          subject={state.message.value.subject}
          body={state.message.value.body}
          limit={limit.body}
          hasSubject={state.hasSubject.value}
          copyStatus={actions.copyStatus.value}
          onSubject={(subject) => state.editMessage({ subject })}
          onBody={(body) => state.editMessage({ body })}
          onCopy={actions.copy}
        />
      </section>
      <Findings findings={state.findings.value} />
      <SaveReminder
        state={state.save.value.state}
        {...(state.save.value.error && { error: state.save.value.error })}
        {...savedView.value?.reminder(now)}
        onSave={() => void actions.saveAndRemind()}
        onDueDate={(value) => void savedView.value?.changeDueDate(value)}
      />
    </>
  );
}

export function App() {
  const screen = state.screen.value;
  return (
    <main class="popup">
      <header>
        <h1>{text.title}</h1>
        <button type="button" class="secondary" onClick={actions.openDashboard}>
          {text.openDashboard}
        </button>
      </header>
      {storeNotice.value && <StoreNotice {...storeNoticeText(storeNotice.value, state.me.value.timeZone)} onDismiss={dismissStoreNotice} />}
      {screen.kind === 'loading' && <p class="muted">{text.reading}</p>}
      {screen.kind === 'waiting' && <p class="muted" data-testid="waiting">{text.waiting}</p>}
      {screen.kind === 'not-profile' && (
        <section aria-labelledby="not-profile-heading" data-testid="not-profile">
          <h2 id="not-profile-heading">{text.notProfile.heading}</h2>
          <p>{text.notProfile.body}</p>
        </section>
      )}
      {screen.kind === 'first-run' && (
        <section aria-labelledby="first-run-heading" class="card" data-testid="first-run">
          <h2 id="first-run-heading">{text.firstRun.heading}</h2>
          <p>{text.firstRun.body}</p>
          <div class="actions">
            <button type="button" onClick={actions.openMe}>
              {text.firstRun.setUp}
            </button>
            <button type="button" class="secondary" onClick={actions.skipFirstRun}>
              {text.firstRun.skip}
            </button>
          </div>
        </section>
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
