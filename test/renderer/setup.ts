// jsdom lacks a few browser APIs Fluent UI uses for layout; no-op stand-ins are enough for behaviour tests.
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;
