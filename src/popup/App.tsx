import { useEffect, useState } from 'preact/hooks';
import { CLAIM_SENSITIVITIES, type Settings } from '../core/model/settings';
import type { StorageStatus } from '../messaging/protocol';
import { AllNotesView } from './AllNotesView';
import { DataActions } from './DataActions';
import type { NotesApi } from './notes-api';
import { PageView } from './PageView';
import { type View, VIEW_PANEL, ViewTabs, tabId } from './ViewTabs';

/** The popup: this page's notes and analysis, all notes, settings, export and import. */
export function App(props: { api: NotesApi; initialView?: View; subscribe?: (onChange: () => void) => () => void }) {
  const { api } = props;
  const [view, setView] = useState<View>(props.initialView ?? 'page');
  const [settings, setSettings] = useState<Settings>();
  const [storage, setStorage] = useState<StorageStatus>();
  const [refreshKey, setRefreshKey] = useState(0);
  const refresh = () => setRefreshKey((k) => k + 1);

  useEffect(() => {
    void api.settings().then((r) => r.ok && setSettings(r.value));
    void api.storageStatus().then((r) => r.ok && setStorage(r.value));
    return props.subscribe?.(refresh);
  }, [api]);

  useEffect(() => {
    document.body.dataset.ready = '1';
  }, []);

  const changeSettings = async (next: Partial<Settings>) => {
    const result = await api.updateSettings(next);
    if (result.ok) setSettings(result.value);
    refresh();
  };

  return (
    <main>
      {/* For screen readers, which list a page's headings from its h1; the tabs say the rest. */}
      <h1 class="visually-hidden">Gloss</h1>
      <ViewTabs view={view} onChange={setView} />
      {storage && !storage.available && <p class="notice" role="alert">{storage.message}</p>}
      <div role="tabpanel" id={VIEW_PANEL} aria-labelledby={tabId(view)}>
        {view === 'page' ? (
          <PageView api={api} refreshKey={refreshKey} settings={settings} onSettings={(s) => void changeSettings(s)} />
        ) : (
          <AllNotesView api={api} refreshKey={refreshKey} />
        )}
      </div>
      {settings && (
        <details class="settings">
          <summary>Settings</summary>
          <label class="toggle">
            <input type="checkbox" name="autoMark" checked={settings.autoMark} onChange={(e) => void changeSettings({ autoMark: e.currentTarget.checked })} />
            Mark entities and claims automatically
          </label>
          <label>
            Claims shown{' '}
            <select
              value={settings.claimSensitivity}
              onChange={(e) => {
                const picked = CLAIM_SENSITIVITIES.find((s) => s === e.currentTarget.value);
                if (picked) void changeSettings({ claimSensitivity: picked });
              }}
            >
              {CLAIM_SENSITIVITIES.map((s) => (
                <option key={s} value={s}>{s}</option>
              ))}
            </select>
          </label>
        </details>
      )}
      <DataActions api={api} onChanged={refresh} />
    </main>
  );
}
