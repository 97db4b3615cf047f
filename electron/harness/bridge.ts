// The script the harness serves as /__harness/bridge.js: it defines window.api with one function per contract
// call, forwarding over HTTP with this run's token (taken from the address's #token=…, kept for reloads).
export function bridgeScript(callNames: readonly string[]): string {
  return `(() => {
  const key = 'satgas-harness-token';
  const fromHash = new URLSearchParams(location.hash.slice(1)).get('token');
  if (fromHash) { sessionStorage.setItem(key, fromHash); history.replaceState(null, '', location.pathname + location.search); }
  const token = sessionStorage.getItem(key);
  if (!token) return;
  const names = ${JSON.stringify(callNames)};
  const api = {};
  for (const name of names) {
    api[name] = async (input) => {
      const res = await fetch('/__api/' + encodeURIComponent(name), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Satgas-Token': token },
        body: JSON.stringify(input === undefined ? {} : input),
      });
      return res.json();
    };
  }
  window.api = Object.freeze(api);
})();
`;
}
