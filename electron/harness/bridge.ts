// The script the harness serves as /__harness/bridge.js: it defines window.api with one function per contract
// call, forwarding over HTTP with this run's token (taken from the address's #token=…, kept for reloads).
// Three calls also do in the page what Electron's dialogs and shell do natively: files.choose first shows the
// browser's file picker and uploads what was picked (files.chooseFolder: its folder picker, every file of the folder); files.open then fetches the file and opens it in a new tab
// (a PDF) or downloads it (anything else).
export function bridgeScript(callNames: readonly string[], accept: Record<string, string>, defaultName = 'file'): string {
  return `(() => {
  const key = 'satgas-harness-token';
  const fromHash = new URLSearchParams(location.hash.slice(1)).get('token');
  if (fromHash) { sessionStorage.setItem(key, fromHash); history.replaceState(null, '', location.pathname + location.search); }
  const token = sessionStorage.getItem(key);
  if (!token) return;
  const names = ${JSON.stringify(callNames)};
  const accept = ${JSON.stringify(accept)};
  const post = (url, body, type) => fetch(url, { method: 'POST', headers: { 'Content-Type': type, 'X-Satgas-Token': token }, body });
  const pick = (input) => new Promise((resolve) => {
    const el = document.createElement('input');
    el.type = 'file';
    el.multiple = Boolean(input && (input.multiple || input.folder));
    if (input && input.folder) el.webkitdirectory = true;
    el.accept = (input && accept[input.kind]) || '';
    el.style.display = 'none';
    document.body.append(el);
    const done = (files) => { el.remove(); resolve(files); };
    el.addEventListener('change', () => done(Array.from(el.files || [])));
    el.addEventListener('cancel', () => done([]));
    el.click();
  });
  const upload = async (files) => {
    for (const f of files) {
      const folder = (f.webkitRelativePath || '').split('/')[0] || '';
      await post('/__harness/upload?name=' + encodeURIComponent(f.name) + (folder ? '&folder=' + encodeURIComponent(folder) : ''), f, 'application/octet-stream');
    }
  };
  const openFile = async (ref) => {
    const res = await post('/__harness/file/' + encodeURIComponent(ref), '', 'text/plain');
    if (!res.ok) return;
    const blob = await res.blob();
    const url = URL.createObjectURL(blob);
    if (blob.type === 'application/pdf') window.open(url, '_blank');
    else {
      const a = document.createElement('a');
      a.href = url;
      a.download = decodeURIComponent((res.headers.get('X-File-Name') || ${JSON.stringify(defaultName)}));
      document.body.append(a); a.click(); a.remove();
    }
    setTimeout(() => URL.revokeObjectURL(url), 60000);
  };
  const call = async (name, input) => {
    const res = await post('/__api/' + encodeURIComponent(name), JSON.stringify(input === undefined ? {} : input), 'application/json');
    return res.json();
  };
  const api = {};
  for (const name of names) {
    api[name] = async (input) => {
      if (name === 'files.choose') await upload(await pick(input));
      if (name === 'files.chooseFolder') await upload(await pick({ ...input, folder: true }));
      const result = await call(name, input);
      if (name === 'files.open' && result.ok && input) await openFile(input.ref);
      return result;
    };
  }
  window.api = Object.freeze(api);
})();
`;
}
