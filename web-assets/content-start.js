// Listed after content.js in the manifest; starts the content script, and notes what the page paid at load: the
// evaluation of content.js and its main, which only asks to be called back when the page is idle.
alismartContent();
self.alismartLoadMillis = performance.now() - self.alismartLoadBegan;
