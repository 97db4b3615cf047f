// jsdom lacks a few browser APIs Fluent UI uses for layout; no-op stand-ins are enough for behaviour tests.
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;

// tabster (Fluent's focus manager) walks the DOM with NodeFilter, which vitest's jsdom globals leave out
globalThis.NodeFilter ??= (document.defaultView as typeof globalThis).NodeFilter;

// jsdom's Blob has no arrayBuffer() (readFileAsBase64 uses it); read through FileReader instead
if (!Blob.prototype.arrayBuffer) {
  Blob.prototype.arrayBuffer = function arrayBuffer(this: Blob): Promise<ArrayBuffer> {
    return new Promise((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.onerror = () => reject(reader.error);
      reader.readAsArrayBuffer(this);
    });
  };
}
