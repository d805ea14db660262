// Injected by the worker after page.js, in the content script's world; starts the page script and notes how long
// its evaluation took (a task in idle time, as content.js asks for it only once the page is idle).
(function () {
  var began = typeof self.alismartPageBegan === 'number' ? self.alismartPageBegan : NaN;
  alismartPage();
  self.alismartPageMillis = performance.now() - began;
})();
