import { useEffect, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { purposeProblem, purposeStore, usePurpose } from '../api/purpose.js';
import { HandlingCode, IntelligenceAssessment, NetworkExportFormat, type LinkKind } from '../api/schema-enums.js';
import { formatDateTime } from '../ui/format.js';
import { Problem } from '../ui/states.js';
import { emptyDraft, exportInput, exportProblems, fileBlob, type ExportDraft, type ExportProblems } from './export-input.js';
import { ExportNetworkMutation, type ExportNetworkData, type NetworkScope } from './network-fields.js';

const formatNames: Record<NetworkExportFormat, string> = { GRAPHML: 'GraphML (Gephi, yEd)', CSV: 'CSV (nodes and edges)', ANX: 'i2 chart (ANX)' };
const assessmentNames: Record<IntelligenceAssessment, string> = {
  A: 'A known directly',
  B: 'B known indirectly, corroborated',
  C: 'C known indirectly',
  D: 'D not known',
  E: 'E suspected false',
};
const handlingNames: Record<HandlingCode, string> = { P: 'P sharing permitted', C: 'C sharing permitted with conditions' };

/** Discloses the view's network to named recipients (Mutation.exportNetwork) and offers its files to download. */
export function ExportForm({ scope, via, limit, complete }: { scope: NetworkScope; via: LinkKind[] | null; limit: number; complete: boolean }) {
  const { purpose } = usePurpose();
  const [draft, setDraft] = useState<ExportDraft>(() => emptyDraft(purpose));
  const [problems, setProblems] = useState<ExportProblems>({});
  const [{ data, error, fetching }, exportNetwork] = useMutation<ExportNetworkData>(ExportNetworkMutation);
  const [downloads, setDownloads] = useState<{ name: string; url: string; bytes: number }[]>([]);
  const result = data?.exportNetwork;

  useEffect(() => {
    if (result === undefined) return;
    const made = result.files.map((file) => {
      const blob = fileBlob(file);
      return { name: file.name, url: URL.createObjectURL(blob), bytes: blob.size };
    });
    setDownloads(made);
    return () => made.forEach((download) => URL.revokeObjectURL(download.url));
  }, [result]);

  const set = <K extends keyof ExportDraft>(key: K, value: ExportDraft[K]) => setDraft((was) => ({ ...was, [key]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = exportProblems(draft, purposeProblem);
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    // The purpose travels in the x-crosslink-purpose header: it becomes the task's purpose.
    if (draft.purpose.trim() !== purpose) purposeStore.state(draft.purpose);
    void exportNetwork({ input: exportInput(draft, scope, via, limit) });
  };
  const invalid = (key: keyof ExportProblems) =>
    problems[key] !== undefined ? { 'aria-invalid': true, 'aria-describedby': `explorer-export-${key}-problem` } : {};
  const problem = (key: keyof ExportProblems) =>
    problems[key] !== undefined ? (
      <p id={`explorer-export-${key}-problem`} className="field-problem">
        {problems[key]}
      </p>
    ) : null;

  return (
    <section className="explorer-panel" aria-labelledby="explorer-export-title">
      <h2 id="explorer-export-title">Export</h2>
      <form onSubmit={submit} className="explorer-export" noValidate>
        <label htmlFor="explorer-export-format">Format</label>
        <select id="explorer-export-format" value={draft.format} onChange={(event) => set('format', event.target.value as ExportDraft['format'])}>
          {Object.values(NetworkExportFormat).map((format) => (
            <option key={format} value={format}>
              {formatNames[format]}
            </option>
          ))}
        </select>
        <label htmlFor="explorer-export-recipients">Recipients, one a line</label>
        <textarea
          id="explorer-export-recipients"
          rows={2}
          value={draft.recipients}
          onChange={(event) => set('recipients', event.target.value)}
          placeholder="CPS North West"
          {...invalid('recipients')}
        />
        {problem('recipients')}
        <label htmlFor="explorer-export-purpose">Purpose of the disclosure</label>
        <input id="explorer-export-purpose" value={draft.purpose} onChange={(event) => set('purpose', event.target.value)} {...invalid('purpose')} />
        {problem('purpose')}
        {draft.format === 'ANX' ? (
          <fieldset className="explorer-grading">
            <legend>Grade (3x5x2) of every item</legend>
            <label htmlFor="explorer-export-source">Source</label>
            <select id="explorer-export-source" value={draft.sourceEvaluation} onChange={(event) => set('sourceEvaluation', event.target.value)}>
              <option value="1">1 reliable</option>
              <option value="2">2 untested</option>
              <option value="3">3 not reliable</option>
            </select>
            <label htmlFor="explorer-export-assessment">Intelligence</label>
            <select id="explorer-export-assessment" value={draft.assessment} onChange={(event) => set('assessment', event.target.value)}>
              {Object.values(IntelligenceAssessment).map((assessment) => (
                <option key={assessment} value={assessment}>
                  {assessmentNames[assessment]}
                </option>
              ))}
            </select>
            <label htmlFor="explorer-export-handling">Handling</label>
            <select id="explorer-export-handling" value={draft.handlingCode} onChange={(event) => set('handlingCode', event.target.value)}>
              {Object.values(HandlingCode).map((code) => (
                <option key={code} value={code}>
                  {handlingNames[code]}
                </option>
              ))}
            </select>
            {draft.handlingCode === 'C' ? (
              <>
                <label htmlFor="explorer-export-conditions">Conditions</label>
                <input
                  id="explorer-export-conditions"
                  value={draft.conditions}
                  onChange={(event) => set('conditions', event.target.value)}
                  {...invalid('conditions')}
                />
                {problem('conditions')}
              </>
            ) : null}
          </fieldset>
        ) : null}
        <p className="hint">
          The export is audited as a disclosure naming the recipients and every record in it. Links known only to other forces are left out.
          {complete ? '' : ' Records added by expanding are not in it: it holds the network first shown.'}
        </p>
        <div className="buttons">
          <button type="submit" disabled={fetching}>
            {fetching ? 'Exporting…' : 'Export'}
          </button>
        </div>
      </form>
      <Problem error={error} />
      {result !== undefined ? (
        <div className="success" role="status">
          <p>
            Exported {result.size.nodes} records and {result.size.edges} links to {result.recipients.join(', ')} on {formatDateTime(result.exportedAt)}
            {result.withheld > 0 ? `; ${result.withheld} links to records you may not see were left out` : ''}.
          </p>
          <ul className="explorer-downloads" aria-label="Exported files">
            {downloads.map((download) => (
              <li key={download.url}>
                <a href={download.url} download={download.name}>
                  Download {download.name}
                </a>{' '}
                <span className="muted">({Math.max(1, Math.round(download.bytes / 1024))} kB)</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
