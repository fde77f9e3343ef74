import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { FieldErrors } from '../../../contract/errors.js';
import type { Report } from '../../../contract/reporting.js';
import { ApiError, api } from '../../api/client.js';
import { useShowError } from '../../app/useShowError.js';
import { useT } from '../../i18n/useT.js';
import { draftOf, localFieldErrors, saveBodyOf, withoutFields, type ReportDraft } from './report-draft.js';
import { fetchReport, reportKeys } from './useReports.js';

/** idle: nothing typed yet; dirty: edits wait for the pause; error: the last save failed (they are still only here). */
export type SaveState = 'idle' | 'dirty' | 'saving' | 'saved' | 'error';

/** Save once typing pauses this long. */
const DEBOUNCE_MS = 1500;
/** After a network failure, try again this much later (or sooner, on the next edit). */
const RETRY_MS = 10_000;

export interface Autosave {
  draft: ReportDraft;
  state: SaveState;
  /** When this page last saved (ISO instant). */
  savedAt: string | null;
  /** Field errors of the last save and of the last submit, keyed like the server's (`values.<id>`, `narrative.<key>`…). */
  fieldErrors: FieldErrors;
  /** Applies an edit; `fields` are the paths it touches, whose old errors it clears. */
  update: (change: (draft: ReportDraft) => ReportDraft, fields: readonly string[]) => void;
  /** Saves pending edits now; true when nothing is left unsaved. */
  save: () => Promise<boolean>;
  /** The version the next write must carry. */
  version: () => number;
  /** Someone else changed the report: warn, load the latest and drop what was not saved. */
  reloadStale: () => Promise<void>;
  setSubmitErrors: (errors: FieldErrors) => void;
}

/**
 * The report being edited, saved ~1.5 s after the user stops typing, always with the version it
 * was loaded at. A stale version (409) never overwrites: the latest report is loaded instead.
 * A newer report from the server (after an upload, a submit, a review) replaces the draft only
 * when no edit is waiting, so nothing typed is lost silently.
 */
export function useAutosave(report: Report): Autosave {
  const t = useT();
  const queryClient = useQueryClient();
  const { notification } = App.useApp();
  const showError = useShowError();
  const [draft, setDraft] = useState<ReportDraft>(() => draftOf(report));
  const [state, setState] = useState<SaveState>('idle');
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [saveErrors, setSaveErrors] = useState<FieldErrors>({});
  const [submitErrors, setSubmitErrors] = useState<FieldErrors>({});

  const draftRef = useRef(draft);
  const versionRef = useRef(report.version);
  // Every edit bumps editSeq; a save records the editSeq it carried. Equal = nothing unsaved.
  const editSeq = useRef(0);
  const savedSeq = useRef(0);
  const inflight = useRef<Promise<boolean> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saveRef = useRef<() => Promise<boolean>>(async () => true);

  const isClean = () => editSeq.current === savedSeq.current && !inflight.current;
  const clearTimer = () => {
    clearTimeout(timer.current);
    timer.current = undefined;
  };
  const schedule = useCallback((ms: number) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void saveRef.current(), ms);
  }, []);

  const rebase = useCallback((fresh: Report) => {
    clearTimer();
    versionRef.current = fresh.version;
    savedSeq.current = editSeq.current;
    const next = draftOf(fresh);
    draftRef.current = next;
    setDraft(next);
    setSaveErrors({});
    setState('idle');
  }, []);

  useEffect(() => {
    // Our own saves already carry this version; anything newer comes from elsewhere.
    if (report.version !== versionRef.current && isClean()) rebase(report);
  }, [report, rebase]);

  const reloadStale = useCallback(async () => {
    notification.warning({ title: t('report.staleTitle'), description: t('report.staleReloaded'), duration: 10 });
    try {
      const fresh = await queryClient.fetchQuery({ queryKey: reportKeys.detail(report.id), queryFn: () => fetchReport(report.id), staleTime: 0 });
      rebase(fresh);
    } catch (error) {
      showError(error);
    }
  }, [notification, t, queryClient, report.id, rebase, showError]);

  /** One PATCH of the draft as it is now; true when it was stored (edits typed meanwhile are still pending). */
  const saveOnce = useCallback(async (): Promise<boolean> => {
    clearTimer();
    while (inflight.current) await inflight.current;
    if (editSeq.current === savedSeq.current) return true;
    const seq = editSeq.current;
    const { body, exemplaryIndex } = saveBodyOf(draftRef.current, versionRef.current);
    const attempt = (async () => {
      setState('saving');
      try {
        const saved = await api.patch<Report>(`/api/reports/${report.id}`, body);
        versionRef.current = saved.version;
        savedSeq.current = seq;
        queryClient.setQueryData(reportKeys.detail(report.id), saved);
        setSavedAt(new Date().toISOString());
        setSaveErrors({});
        const editedMeanwhile = seq !== editSeq.current;
        setState(editedMeanwhile ? 'dirty' : 'saved');
        if (editedMeanwhile) schedule(DEBOUNCE_MS);
        return true;
      } catch (error) {
        if (error instanceof ApiError && error.isStaleVersion) {
          await reloadStale();
          return false;
        }
        setState('error');
        if (error instanceof ApiError && error.fields) setSaveErrors(localFieldErrors(error.fields, exemplaryIndex));
        if (error instanceof ApiError && (error.code === 'NETWORK' || error.status >= 500)) schedule(RETRY_MS);
        // Locked or no longer ours: reload what the page may do (the edits stay until the page is left).
        if (error instanceof ApiError && (error.status === 403 || error.status === 422)) {
          void queryClient.invalidateQueries({ queryKey: reportKeys.detail(report.id) });
        }
        // Autosave fails again on every pause until the cause is fixed: an unreachable server is told by the
        // status, refused fields by the messages beside them; only other failures need a notification.
        if (!(error instanceof ApiError && (error.code === 'NETWORK' || error.fields))) showError(error);
        return false;
      } finally {
        inflight.current = null;
      }
    })();
    inflight.current = attempt;
    return attempt;
  }, [report.id, queryClient, schedule, reloadStale, showError]);
  saveRef.current = saveOnce;

  /** Saves until nothing typed is left unsaved (a few rounds at most, for keys pressed during a save). */
  const save = useCallback(async (): Promise<boolean> => {
    for (let round = 0; round < 3; round += 1) {
      if (!(await saveOnce())) return false;
      if (editSeq.current === savedSeq.current) return true;
    }
    return editSeq.current === savedSeq.current;
  }, [saveOnce]);

  const update = useCallback(
    (change: (d: ReportDraft) => ReportDraft, fields: readonly string[]) => {
      const next = change(draftRef.current);
      draftRef.current = next;
      setDraft(next);
      editSeq.current += 1;
      setState('dirty');
      if (fields.length) {
        setSaveErrors((e) => withoutFields(e, fields));
        setSubmitErrors((e) => withoutFields(e, fields));
      }
      schedule(DEBOUNCE_MS);
    },
    [schedule],
  );

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (!isClean()) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
      // Leaving the page inside the debounce window: send what was typed rather than drop it.
      if (editSeq.current !== savedSeq.current) void saveRef.current();
      else clearTimer();
    };
  }, []);

  return {
    draft,
    state,
    savedAt,
    fieldErrors: { ...submitErrors, ...saveErrors },
    update,
    save,
    version: () => versionRef.current,
    reloadStale,
    setSubmitErrors,
  };
}
