import { useState } from 'preact/hooks';
import { text } from './text';

interface Props {
  intro: string;
  askAbout: string;
  saving: boolean;
  error?: string;
  onSave: (intro: string, askAbout: string) => void;
  onDraftAnyway: () => void;
  onOpenMe: () => void;
}

/**
 * Before the first draft: the two things a good message cannot do without (the guide: "who you
 * are and why you are reaching out"; "a specific purpose"), asked where the user already is.
 */
export function FirstTwoThings(props: Props) {
  const [intro, setIntro] = useState(props.intro);
  const [askAbout, setAskAbout] = useState(props.askAbout);
  return (
    <section aria-labelledby="first-run-heading" class="card" data-testid="first-run">
      <h2 id="first-run-heading">{text.firstRun.heading}</h2>
      <p>{text.firstRun.body}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          props.onSave(intro, askAbout);
        }}
      >
        <label class="stacked">
          {text.firstRun.intro}
          <input type="text" value={intro} placeholder={text.firstRun.introExample} onInput={(e) => setIntro(e.currentTarget.value)} />
        </label>
        <label class="stacked">
          {text.firstRun.askAbout}
          <input type="text" value={askAbout} placeholder={text.firstRun.askAboutExample} onInput={(e) => setAskAbout(e.currentTarget.value)} />
        </label>
        {props.error && (
          <p role="alert" class="error">
            {props.error}
          </p>
        )}
        <div class="actions">
          <button type="submit" disabled={props.saving || (!intro.trim() && !askAbout.trim())}>
            {text.firstRun.save}
          </button>
          <button type="button" class="secondary" onClick={props.onDraftAnyway}>
            {text.firstRun.skip}
          </button>
          <button type="button" class="link" onClick={props.onOpenMe}>
            {text.firstRun.setUp}
          </button>
        </div>
      </form>
    </section>
  );
}
