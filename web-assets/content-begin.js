// Listed first in the manifest: the time the content script's work at load begins, before content.js is evaluated.
self.alismartLoadBegan = performance.now();
