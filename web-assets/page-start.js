// Injected by the worker after page.js, in the content script's world (content.js asks for it only once the page is
// idle). Notes how long the evaluation of page.js took, then runs its main (recognition, and the panel) in a task of
// its own, so that neither task holds the page for long.
(function () {
  var began = typeof self.alismartPageBegan === 'number' ? self.alismartPageBegan : NaN;
  self.alismartPageMillis = performance.now() - began;
  setTimeout(function () { try { alismartPage(); } catch (failure) { /* never into the page */ } }, 0);
})();
