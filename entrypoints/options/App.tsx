import { DataPanel, FileRow } from '@/components/data/DataPanel';
import { dataText } from '@/components/data/data-text';
import { MeForm } from '@/components/me/MeForm';
import { MyWordsElsewhere } from '@/components/me/MyWordsElsewhere';
import * as data from './data-actions';
import * as meState from './me-state';
import { text } from './text';
import { PageHeader } from '@/components/PageHeader';

export function App() {
  return (
    <main class="page options">
      <PageHeader title={text.title} to="dashboard" linkText={text.openDashboard} />
      {meState.firstRun.value && (
        <p class="welcome" data-testid="welcome">
          {text.welcome}
        </p>
      )}
      <p class="muted">{text.intro}</p>
      {meState.error.value && (
        <p role="alert" class="error">
          {meState.error.value}
        </p>
      )}
      <MeForm
        values={meState.values.value}
        timeZones={meState.timeZones}
        hints={meState.hints.value}
        status={meState.status.value}
        sentences={meState.sentences.value}
        language={meState.me.value.language}
        {...(meState.introCut.value && { introCut: meState.introCut.value })}
        onChange={meState.change}
      />
      <MyWordsElsewhere
        languages={meState.wordLanguages.value}
        wordsIn={meState.wordsIn.value}
        mine={{ language: meState.me.value.language, words: meState.me.value }}
        sentencesIn={meState.sentencesIn}
        onWord={meState.changeWord}
        onErase={meState.eraseWords}
      />
      <DataPanel
        step={data.step.value}
        status={data.status.value}
        error={data.error.value}
        busy={data.busy.value}
        {...(data.progress.value && { progress: data.progress.value })}
        onExportJson={data.exportJson}
        onExportCsv={data.exportCsv}
        onChooseFile={data.chooseFile}
        onApplyImport={data.applyImport}
        onCancelImport={data.cancelImport}
        onAskErase={data.askErase}
        onErase={data.erase}
        onKeep={data.keepData}
      >
        <FileRow
          id="linkedin"
          label={dataText.linkedInLabel}
          why={dataText.linkedInWhy}
          accept=".csv,text/csv"
          multiple
          busy={data.busy.value}
          onChoose={(files) => void data.chooseLinkedInExport(files)}
        />
        {data.LinkedInExportView.value && <data.LinkedInExportView.value />}
      </DataPanel>
    </main>
  );
}
