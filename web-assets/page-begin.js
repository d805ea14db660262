// Injected by the worker before page.js: the time its evaluation begins.
self.alismartPageBegan = performance.now();
