// Injected by the worker before page.js: the time its evaluation begins, and how many times it was injected into this
// document (once: the worker checks first; the browser tests hold it to that).
self.alismartPageBegan = performance.now();
self.alismartPageInjections = (self.alismartPageInjections || 0) + 1;
